/**
 * Issue 20: "a full e2e run's logs hold no name, email, phone or token of the seed or test data".
 * Every e2e server's output is checked when the harness stops it (see `stop()` in harness.ts),
 * so the whole e2e step is that run: no extra server start, no second run.
 *
 * Forbidden: every name, contact detail and free text in the seed; every literal an e2e test
 * types into a page or sends in a body under a personal key; anything shaped like an email
 * address, a UK phone number or a signed token (JWT), except the development token line the
 * server prints at start on purpose (development only; production refuses DEV_TOKEN).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSeed } from '@coprod/seed';
import { PAY } from '../../server/src/repositories/seed-pay.js';

const E2E_DIR = fileURLToPath(new URL('./', import.meta.url));

/** Keys whose string values are about a person: names, contact details, what they wrote. */
const PERSONAL_KEYS = new Set(['name', 'detail', 'email', 'phone', 'address', 'text', 'importantToMe', 'experience', 'networks', 'details', 'accessNeeds', 'reason', 'note', 'answer', 'said', 'weDid', 'query', 'conversation']);

function fromSeed(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (PERSONAL_KEYS.has(key) && value.length > 3) found.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  const seed = createSeed() as unknown as Record<string, unknown>;
  for (const part of ['interests', 'feedback', 'profiles']) walk(seed[part]);
  // The reference server also seeds pay: expense notes, finance's questions, a person's question about their hours.
  walk(PAY);
  return [...found];
}

/** String literals the e2e files type into fields (`.fill('…')`) or send under a personal key (`name: '…'`, `const said = '…'`). */
export function fromE2eSources(sources: string[]): string[] {
  const found = new Set<string>();
  const keys = [...PERSONAL_KEYS].join('|');
  const patterns = [
    /\.(?:fill|type|pressSequentially)\(\s*(['"`])((?:(?!\1)[^\\$]|\\.)+)\1\s*\)/g,
    new RegExp(`\\b(?:${keys}|EMAIL|PHONE|NAME)\\s*[:=]\\s*(['"\`])((?:(?!\\1)[^\\\\$]|\\\\.)+)\\1`, 'g'),
  ];
  for (const source of sources) {
    for (const [index, pattern] of patterns.entries()) {
      for (const match of source.matchAll(pattern)) {
        // `getByRole('button', { name: 'Sign in' })` names a control, not a person.
        const lineStart = source.lastIndexOf('\n', match.index) + 1;
        if (index === 1 && /getBy\w+\(|locator\(|role\(/.test(source.slice(lineStart, match.index))) continue;
        const value = match[2]!.replace(/\\(.)/g, '$1');
        // One lower-case word is a search ('carers'), an attribute value or a made-up token, and
        // public words like it are in addresses (/opportunities/opp-carers-strategy): not a person.
        if (value.length > 4 && !/^[a-z-]+$/.test(value)) found.add(value);
      }
    }
  }
  return [...found];
}

let known: string[] | undefined;
/** The seed's and the e2e tests' personal values (read once per process). */
export function knownPersonalData(): string[] {
  if (!known) {
    const sources = readdirSync(E2E_DIR).filter((f) => f.endsWith('.e2e.ts')).map((f) => readFileSync(join(E2E_DIR, f), 'utf8'));
    known = [...new Set([...fromSeed(), ...fromE2eSources(sources)])];
  }
  return known;
}

const SHAPES: [string, RegExp][] = [
  ['an email address', /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i],
  ['a UK phone number', /(?:\+44\s?|(?<![\d.])\b0)7\d{3}\s?\d{3}\s?\d{3}\b/],
  ['a signed token', /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/],
];

/**
 * What in `log` is personal data, one entry per finding ('"Sam Jones" in: <line>'); empty when clean.
 * The lines after "Development staff token" up to the token itself are the deliberate development print.
 */
export function personalDataInLog(log: string, values = knownPersonalData()): string[] {
  const findings: string[] = [];
  const lines = log.split('\n');
  let devTokenNext = false;
  for (const line of lines) {
    if (line.startsWith('Development staff token')) {
      devTokenNext = true;
      continue;
    }
    if (devTokenNext && /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(line.trim())) {
      devTokenNext = false;
      continue;
    }
    if (!line.trim()) continue;
    const decoded = safeDecode(line);
    for (const value of values) {
      if (line.includes(value) || decoded.includes(value)) findings.push(`${JSON.stringify(value)} in: ${line.slice(0, 300)}`);
    }
    for (const [what, shape] of SHAPES) {
      const hit = shape.exec(line) ?? shape.exec(decoded);
      if (hit) findings.push(`${what} (${hit[0].slice(0, 40)}) in: ${line.slice(0, 300)}`);
    }
  }
  return findings;
}

function safeDecode(line: string): string {
  try {
    return decodeURIComponent(line.replace(/\+/g, ' '));
  } catch {
    return line;
  }
}

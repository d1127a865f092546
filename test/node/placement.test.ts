/// <reference types="node" />
/**
 * Every widget a council page can hold is offered wherever an editor places widgets: the
 * embed builder (demo/embed.html) and the WordPress plugin's block and shortcode. The staff
 * widgets and the provider are left out on purpose (staff use the workspace page).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { WIDGETS } from '../../demo/assets/embed-builder.js';

const autoloaded = [...readFileSync('src/autoload.ts', 'utf8').matchAll(/^\s*'coprod-([a-z-]+)':/gm)].map((match) => match[1]!);
const publicWidgets = autoloaded.filter((name) => !name.startsWith('staff-') && name !== 'provider').sort();

test('the embed builder offers every public widget, and nothing else', () => {
  assert.ok(publicWidgets.length >= 8, `found only ${publicWidgets.join(', ')} in src/autoload.ts`);
  assert.deepEqual(WIDGETS.map((widget) => widget.name).sort(), publicWidgets);
});

test('the WordPress plugin offers every public widget, and nothing else', () => {
  const php = readFileSync('integrations/wordpress/coprod-widgets/includes/render.php', 'utf8');
  const list = php.slice(php.indexOf('function coprod_widgets_names'), php.indexOf('function coprod_widgets_options'));
  const offered = [...list.matchAll(/^\s*'([a-z-]+)'\s*=>/gm)].map((match) => match[1]!).sort();
  assert.deepEqual(offered, publicWidgets);
});

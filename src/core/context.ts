import { createContext } from '@lit/context';
import type { CoprodConfig } from './config.js';

/**
 * A string key, not a Symbol, so that a provider from one copy of the bundle still
 * configures elements defined by another copy on the same page.
 */
export const configContext = createContext<CoprodConfig | undefined>('coprod-config');

/**
 * Products and weapon systems that recur in news, with their spelled-out names; plus the shapes of model
 * designations ("F-16", "MiG-29", "S-400", "Su-34") that name products whatever they are.
 */
import { namedEntries } from './rows.js';
const PRODUCTS = `
ATACMS;HIMARS
Storm Shadow;SCALP;Taurus;Patriot;NASAMS;IRIS-T;Javelin;Stinger;NLAW;Bayraktar|Bayraktar TB2;Shahed;Iskander;Kinzhal;Kalibr
Oreshnik;Tomahawk;Abrams|M1 Abrams;Leopard|Leopard 2;Challenger 2;Bradley;Gepard;Caesar;Excalibur;Harpoon;Neptune;Zircon;Sarmat
Iron Dome;Aegis;iPhone;ChatGPT
`;

export interface ProductEntry {
  name: string;
  variants: string[];
}

export const PRODUCTS_LIST: ProductEntry[] = namedEntries(PRODUCTS);

/** Model designations: letters, a hyphen, digits ("F-16", "MiG-29", "Su-34", "S-400", "T-72", "B-52"). */
export const MODEL_DESIGNATION = /^(?:[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?|[A-Z]{1,3}\d{1,4}[A-Z]?)s?$/;

/** Lower-case words after a capitalised name that say it is a product ("Storm Shadow missiles"). */
export const PRODUCT_NOUNS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'jet', 'jets', 'tank', 'tanks', 'system', 'systems', 'launcher', 'launchers', 'fighter', 'fighters', 'howitzer', 'howitzers', 'app', 'phone', 'vaccine', 'car', 'cars', 'aircraft', 'helicopter', 'helicopters']);

/** Capitalised heads that make a run a product name ("Army Tactical Missile Systems"). */
export const PRODUCT_HEADS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'system', 'systems']);

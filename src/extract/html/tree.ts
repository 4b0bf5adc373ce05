/**
 * A lightweight element tree built from htmlparser2's callbacks in one pass. It keeps only what extraction needs:
 * elements with their attributes, text, and the page-level metadata sources (meta, link, title, JSON-LD).
 * No browser DOM: no CSS, no scripts, no layout. Work is capped so a hostile page cannot take unbounded time.
 */
import { Parser, type Handler } from 'htmlparser2';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}

export type Node = El | string;

export interface MetaTag {
  /** `name`, `property`, `itemprop` or `http-equiv`, lower-cased. */
  key: string;
  content: string;
}

export interface PageTree {
  root: El;
  metas: MetaTag[];
  links: { rel: string; href: string }[];
  /** Text of the `<title>` element. */
  title: string | null;
  /** Raw JSON text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** The `lang` attribute of `<html>`. */
  lang: string | null;
  /** Number of `<script>` elements: a page made of scripts and no text is a JavaScript shell. */
  scripts: number;
  /** Text of `<noscript>` blocks (kept apart: "enable JavaScript" notices tell a JS shell). */
  noscript: string;
  warnings: string[];
}

/** Characters of HTML read at most; the rest of a bigger page is ignored (with a warning). */
export const MAX_HTML = 6_000_000;
/** Elements kept at most; further elements are flattened into their parent. */
const MAX_ELEMENTS = 250_000;
/** Nesting kept at most; deeper elements are flattened into the deepest kept ancestor. */
const MAX_DEPTH = 180;

/** Characters fed to the parser at a time. */
const CHUNK = 16_384;
/** Open elements at which the parser is restarted (see parseTree). */
const PARSER_DEPTH = 1000;

/** Elements whose content is never page text. */
const SKIP_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'select',
  'textarea', 'video', 'audio', 'map',
]);

/** Attributes extraction reads; others are dropped to keep the tree small. */
const KEEP_ATTRS = new Set([
  'class', 'id', 'itemprop', 'itemtype', 'role', 'hidden', 'aria-hidden', 'style', 'href', 'datetime', 'lang',
  'rel', 'content', 'data-component', 'data-testid', 'type', 'aria-label', 'data-module',
]);

export function parseTree(html: string): PageTree {
  const warnings: string[] = [];
  if (html.length > MAX_HTML) {
    warnings.push(`page is ${Math.round(html.length / 1e6)} MB; only the first ${MAX_HTML / 1e6} MB were read`);
    html = html.slice(0, MAX_HTML);
  }
  const root: El = { tag: 'root', attrs: {}, children: [], parent: null };
  const tree: PageTree = { root, metas: [], links: [], title: null, jsonLd: [], lang: null, scripts: 0, noscript: '', warnings };
  // One entry per open tag: the element it created, or null when it was flattened away (too deep, too many).
  const stack: (El | null)[] = [];
  let cur = root;
  let elements = 0;
  let skipDepth = 0; // > 0 while inside an element whose content is not page text
  let capture: 'title' | 'ldjson' | 'noscript' | null = null;
  let captured = '';
  let flattenedDeep = false;
  let baseDepth = 0; // depth of the element a restarted parser goes on from

  const handler: Partial<Handler> = {
      onopentag(name, attribs) {
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'] ?? '').toLowerCase();
          if (key && attribs.content !== undefined) tree.metas.push({ key, content: attribs.content });
        } else if (name === 'link' && attribs.rel && attribs.href) {
          tree.links.push({ rel: attribs.rel.toLowerCase(), href: attribs.href });
        } else if (name === 'html' && attribs.lang && !tree.lang) {
          tree.lang = attribs.lang;
        }
        if (skipDepth > 0 || SKIP_CONTENT.has(name)) {
          skipDepth++;
          stack.push(null);
          if (name === 'script') {
            tree.scripts++;
            if (/ld\+json/i.test(attribs.type ?? '')) {
              capture = 'ldjson';
              captured = '';
            }
          } else if (name === 'noscript' && skipDepth === 1) {
            capture = 'noscript';
            captured = '';
          }
          return;
        }
        if (name === 'title' && tree.title === null) {
          capture = 'title';
          captured = '';
        }
        const depth = baseDepth + stack.length;
        if (depth >= MAX_DEPTH || elements >= MAX_ELEMENTS) {
          if (depth >= MAX_DEPTH) flattenedDeep = true;
          stack.push(null);
          return;
        }
        const attrs: Record<string, string> = {};
        for (const k in attribs) if (KEEP_ATTRS.has(k)) attrs[k] = attribs[k]!;
        const el: El = { tag: name, attrs, children: [], parent: cur };
        cur.children.push(el);
        elements++;
        stack.push(el);
        cur = el;
      },
      ontext(data) {
        if (capture) captured += data;
        if (skipDepth > 0) return;
        const last = cur.children[cur.children.length - 1];
        if (typeof last === 'string') cur.children[cur.children.length - 1] = last + data;
        else cur.children.push(data);
      },
      onclosetag(name) {
        const el = stack.pop();
        if (el === undefined) return;
        if (skipDepth > 0) {
          skipDepth--;
          if (capture === 'ldjson' && name === 'script') {
            tree.jsonLd.push(captured);
            capture = null;
          } else if (capture === 'noscript' && skipDepth === 0) {
            tree.noscript += captured + ' ';
            capture = null;
          }
          return;
        }
        if (capture === 'title' && name === 'title') {
          tree.title = captured;
          capture = null;
        }
        if (el) cur = el.parent ?? root;
      },
  };
  const options = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true };
  let parser = new Parser(handler, options);
  // Fed in chunks so that pathological nesting can be cut: htmlparser2 keeps its open-element stack in an array it
  // unshifts, which is quadratic in the depth. Past PARSER_DEPTH open elements the parser is replaced by a fresh one
  // that goes on from the deepest kept element (the old open elements simply stay open).
  for (let at = 0; at < html.length; at += CHUNK) {
    parser.write(html.slice(at, at + CHUNK));
    if (stack.length > PARSER_DEPTH) {
      parser = new Parser(handler, options);
      stack.length = 0;
      baseDepth = 0;
      for (let e: El | null = cur; e.parent; e = e.parent) baseDepth++;
      skipDepth = 0;
      capture = null;
      flattenedDeep = true;
    }
  }
  parser.end();
  if (flattenedDeep) warnings.push(`elements nested deeper than ${MAX_DEPTH} levels were flattened`);
  if (elements >= MAX_ELEMENTS) warnings.push(`page has more than ${MAX_ELEMENTS} elements; the rest was flattened`);
  return tree;
}

/** The value of one attribute, or '' . */
export function attr(el: El, name: string): string {
  return el.attrs[name] ?? '';
}

/** All text under a node, whitespace not normalised. */
export function rawText(node: Node, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else for (const c of node.children) rawText(c, out);
  return out;
}

export function textOf(node: Node): string {
  return rawText(node).join('').replace(/\s+/g, ' ').trim();
}

/** The first `max` characters of the text under a node, whitespace collapsed, without reading the rest. */
export function textPrefix(node: Node, max: number): string {
  let out = '';
  const stack: Node[] = [node];
  while (stack.length && out.length < max * 2) {
    const n = stack.pop()!;
    if (typeof n === 'string') out += n;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Depth-first visit of elements; the visitor returns false to skip an element's subtree. */
export function walk(el: El, visit: (el: El) => boolean | void): void {
  const stack: El[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    if (visit(e) === false) continue;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

/**
 * Resolves identifiers, enum members, `as const` properties and imports to literal values with
 * `ts-morph`. Loaded only when some value is not a literal; ONE in-memory project over the claimed
 * files (never the disk, never running code). A value is known only when TypeScript gives the
 * expression a single literal type (`const ACKS = 0`, `enum Acks { All = -1 }`, `{ acks: 1 } as const`);
 * `let`, mutable object properties, unions and `any` stay unknown.
 */
import type { ConfigScalar, SourceLocation } from '../../model/model.js';
import type { InputFile } from '../types.js';
import { cjsExports } from '../../util/cjs.js';

export interface ResolveRequest {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export type Resolution = { ok: true; value: ConfigScalar; origin?: SourceLocation } | { ok: false; reason: string };

type TsMorph = typeof import('ts-morph');
type TS = TsMorph['ts'];
type TsNode = import('ts-morph').ts.Node;
type TsSourceFile = import('ts-morph').ts.SourceFile;

function virtualPath(path: string): string {
  return '/project/' + path.replace(/^\/+/, '').split('/').map((s) => (s === '..' ? '__up__' : s === '.' ? '__here__' : s)).join('/');
}

/** The node spanning exactly [start, end) (outermost such node). */
function nodeAt(ts: TS, sf: TsSourceFile, start: number, end: number): TsNode | undefined {
  let found: TsNode | undefined;
  const visit = (n: TsNode): void => {
    if (found) return;
    if (n.end < end || n.pos > start) return;
    if (n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}

export async function resolveAll(files: readonly InputFile[], requests: readonly ResolveRequest[]): Promise<Resolution[]> {
  if (requests.length === 0) return [];
  let tm: TsMorph;
  try {
    tm = cjsExports(await import('ts-morph'), 'Project');
  } catch (e) {
    return requests.map(() => ({ ok: false, reason: `ts-morph could not be loaded: ${e instanceof Error ? e.message : String(e)}` }));
  }
  const { Project, ts } = tm;
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      noLib: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    },
  });
  // Every claimed file is in the in-memory file system; only files with a request are roots, and
  // TypeScript reads the others only when an import leads to them.
  const fs = project.getFileSystem();
  const pathOf = new Map<string, string>();
  for (const f of files) {
    const vp = virtualPath(f.path);
    fs.writeFileSync(vp, f.text);
    pathOf.set(vp, f.path);
  }
  const roots = new Set(requests.map((r) => r.file));
  for (const f of files) if (roots.has(f.path)) project.addSourceFileAtPath(virtualPath(f.path));
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const checker = program.getTypeChecker();

  const locOf = (n: TsNode): SourceLocation | undefined => {
    const sf = n.getSourceFile();
    const file = pathOf.get(sf.fileName);
    return file === undefined ? undefined : { file, start: n.getStart(sf), end: n.end };
  };

  const skipWrappers = (n: TsNode): TsNode => {
    let cur = n;
    while (ts.isAsExpression(cur) || ts.isSatisfiesExpression(cur) || ts.isParenthesizedExpression(cur) || ts.isTypeAssertionExpression(cur)) cur = cur.expression;
    return cur;
  };

  /** The literal a declaration's value is written as, following `const A = B` chains. */
  const originOf = (n: TsNode, depth: number): SourceLocation | undefined => {
    if (depth > 8) return undefined;
    const at = ts.isPropertyAccessExpression(n) ? n.name : ts.isElementAccessExpression(n) ? n.argumentExpression : n;
    let sym = checker.getSymbolAtLocation(at);
    if (!sym) return undefined;
    if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    if (!decl) return undefined;
    let init: TsNode | undefined;
    if (ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl) || ts.isEnumMember(decl)) init = decl.initializer;
    if (!init) return locOf(decl);
    init = skipWrappers(init);
    if (ts.isIdentifier(init) || ts.isPropertyAccessExpression(init)) return originOf(init, depth + 1) ?? locOf(init);
    return locOf(init);
  };

  return requests.map((req): Resolution => {
    const sf = program.getSourceFile(virtualPath(req.file));
    const node = sf ? nodeAt(ts, sf, req.start, req.end) : undefined;
    if (!node) return { ok: false, reason: 'expression' };
    try {
      const type = checker.getTypeAtLocation(node);
      let value: ConfigScalar | undefined;
      if (type.flags & ts.TypeFlags.BooleanLiteral) value = checker.typeToString(type) === 'true';
      else if (type.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral)) {
        const v = (type as import('ts-morph').ts.LiteralType).value;
        if (typeof v === 'string' || typeof v === 'number') value = v;
      }
      if (value === undefined) {
        if (type.flags & ts.TypeFlags.Any) return { ok: false, reason: 'value from outside the files read' };
        return { ok: false, reason: 'variable' };
      }
      const origin = originOf(node, 0);
      return origin ? { ok: true, value, origin } : { ok: true, value };
    } catch (e) {
      return { ok: false, reason: `could not resolve: ${e instanceof Error ? e.message : String(e)}` };
    }
  });
}

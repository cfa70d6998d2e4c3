/**
 * Resolves identifiers, enum members, `as const` properties and imports to literal values with
 * `ts-morph`. Loaded only when some value is not a literal; ONE in-memory project over the claimed
 * files (never the disk, never running code). A value is known only when TypeScript gives the
 * expression a single literal type (`const ACKS = 0`, `enum Acks { All = -1 }`, `{ acks: 1 } as const`);
 * `let`, mutable object properties, unions and `any` stay unknown.
 */
import type { ConfigScalar, SourceLocation } from '../../core/model.js';
import type { InputFile } from '../types.js';

export interface ResolveRequest {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export type Resolution = { ok: true; value: ConfigScalar; origin?: SourceLocation } | { ok: false; reason: string };

type TsMorph = typeof import('ts-morph');
type Node = import('ts-morph').Node;
type SourceFile = import('ts-morph').SourceFile;

function virtualPath(path: string): string {
  return '/project/' + path.replace(/^\/+/, '').split('/').map((s) => (s === '..' ? '__up__' : s === '.' ? '__here__' : s)).join('/');
}

export async function resolveAll(files: readonly InputFile[], requests: readonly ResolveRequest[]): Promise<Resolution[]> {
  if (requests.length === 0) return [];
  let tm: TsMorph;
  try {
    tm = await import('ts-morph');
  } catch (e) {
    return requests.map(() => ({ ok: false, reason: `ts-morph could not be loaded: ${e instanceof Error ? e.message : String(e)}` }));
  }
  const { Project, Node: N, ts } = tm;
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
  const byPath = new Map<string, SourceFile>();
  const pathOf = new Map<SourceFile, string>();
  for (const f of files) {
    const sf = project.createSourceFile(virtualPath(f.path), f.text, { overwrite: true });
    byPath.set(f.path, sf);
    pathOf.set(sf, f.path);
  }

  const nodeAt = (sf: SourceFile, start: number, end: number): Node | undefined => {
    let n: Node | undefined = sf.getDescendantAtPos(start);
    let best: Node | undefined;
    while (n && n.getStart() >= start && n.getEnd() <= end) {
      if (n.getStart() === start && n.getEnd() === end) best = n;
      n = n.getParent();
    }
    return best;
  };

  const locOf = (n: Node): SourceLocation | undefined => {
    const file = pathOf.get(n.getSourceFile());
    return file === undefined ? undefined : { file, start: n.getStart(), end: n.getEnd() };
  };

  /** The literal a declaration's value is written as, following `const A = B` chains. */
  const originOf = (n: Node, depth: number): SourceLocation | undefined => {
    if (depth > 8) return undefined;
    let sym = n.getSymbol();
    if (!sym) return undefined;
    if (sym.isAlias()) sym = sym.getAliasedSymbol() ?? sym;
    const decl = sym.getValueDeclaration() ?? sym.getDeclarations()[0];
    if (!decl) return undefined;
    let init: Node | undefined;
    if (N.isVariableDeclaration(decl) || N.isPropertyAssignment(decl) || N.isPropertyDeclaration(decl) || N.isEnumMember(decl)) init = decl.getInitializer();
    if (!init) return locOf(decl);
    while (N.isAsExpression(init) || N.isSatisfiesExpression(init) || N.isParenthesizedExpression(init)) init = init.getExpression();
    if (N.isIdentifier(init) || N.isPropertyAccessExpression(init)) return originOf(init, depth + 1) ?? locOf(init);
    return locOf(init);
  };

  return requests.map((req): Resolution => {
    const sf = byPath.get(req.file);
    const node = sf ? nodeAt(sf, req.start, req.end) : undefined;
    if (!node) return { ok: false, reason: 'expression' };
    try {
      const type = node.getType();
      let value: ConfigScalar | undefined;
      if (type.isBooleanLiteral()) value = type.getText() === 'true';
      else if (type.isLiteral()) {
        const v = type.getLiteralValue();
        if (typeof v === 'string' || typeof v === 'number') value = v;
      }
      if (value === undefined) {
        if (type.isAny() || type.getText() === 'any') return { ok: false, reason: 'value from outside the files read' };
        return { ok: false, reason: 'variable' };
      }
      const origin = originOf(node, 0);
      return origin ? { ok: true, value, origin } : { ok: true, value };
    } catch (e) {
      return { ok: false, reason: `could not resolve: ${e instanceof Error ? e.message : String(e)}` };
    }
  });
}

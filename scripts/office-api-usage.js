/**
 * Which Office.js requirement sets the add-in's code really needs, read from the code itself.
 *
 * The TypeScript compiler API builds a Program over the add-in's sources (src/excel,
 * src/taskpane, src/functions, src/chosen-catalogue, with tsconfig.json's options). Every
 * identifier, property access, call, `new`, type reference, object-literal key and `load("a,b/c")`
 * property path whose symbol resolves to a declaration in @types/office-js,
 * @types/custom-functions-runtime or @types/office-runtime is looked up in that declaration's
 * JSDoc:
 *   - Excel / custom functions / runtime APIs write `[Api set: ExcelApi 1.9]`, sometimes with
 *     more words (`[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]`,
 *     `[Api set: SharedRuntime 1.1, Mailbox 1.10]`);
 *   - Common APIs write `**Requirement set**: {@link ... | SharedRuntime 1.1}` (or a list under
 *     `**Requirement sets**:`).
 * A member with no annotation of its own takes its class's / interface's / enum's (that is how
 * the .d.ts files are written: e.g. `CustomFunctions.Error`'s constructor has none, the class
 * says CustomFunctionsRuntime 1.2). What @types leaves unannotated is classified by SUPPLEMENT
 * below, each row citing Microsoft's page. Anything still unclassified is reported, so a new
 * API cannot slip past unnoticed.
 *
 * A use may need more than the manifest declares when the code checks for it first and has a
 * fallback: the use sits in the `then` branch of an `if` (that has an `else`), the true branch
 * of `?:`, or after `if (!isSetSupported(NAME, "X.Y")) return/throw ...;` in the same block,
 * where NAME and X.Y >= the needed version are literals (or `as const` literal types); or the
 * enclosing function/statement carries the comment
 *   // requirement-set: guarded by isSetSupported("ExcelApi", "1.12")
 * Such uses are listed as guarded and are not required from the manifest.
 *
 * Plain CommonJS so scripts can use it; `node scripts/office-api-usage.js [manifest.xml]` prints
 * the needed sets and any gap against the manifest. Tested by test/manifest/requirement-sets.test.ts.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { XMLParser } = require("fast-xml-parser");

/** The add-in's source folders (what runs inside Excel). */
const ADDIN_SOURCE_DIRS = ["src/excel", "src/taskpane", "src/functions", "src/chosen-catalogue"];

/** Declaration files whose APIs are checked. */
const OFFICE_TYPE_PACKAGES = ["@types/office-js", "@types/custom-functions-runtime", "@types/office-runtime"];

/** Sets of other Office applications: dropped from an annotation that also names an Excel-side set. */
const OTHER_HOST_SETS =
  /^(Mailbox|WordApi\w*|PowerPointApi\w*|OneNoteApi|OutlookApi\w*|VisioApi|ProjectApi)$/;

/**
 * @typedef {object} SupplementRow
 * @property {string} api      Fully qualified name as the scan reports it (e.g. "CustomFunctions.Error.constructor").
 * @property {string|null} set Requirement set, or null when the API belongs to no set (always there with Office.js).
 * @property {string|null} version
 * @property {string} reason   Why, in a few words.
 * @property {string} source   The page that says so.
 */

/**
 * APIs @types leaves without an annotation of their own, classified from Microsoft's pages.
 * A row here wins over an inherited annotation, not over the member's own.
 * @type {readonly SupplementRow[]}
 */
const SUPPLEMENT = [
  {
    api: "CustomFunctions.Error.constructor",
    set: "CustomFunctionsRuntime",
    version: "1.2",
    reason:
      "CustomFunctions.Error (with or without a message) first exists in CustomFunctionsRuntime 1.2; the constructor itself carries no annotation",
    source:
      "https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets (history: 'Requirement set 1.2 adds the CustomFunctions.Error object'); https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error ([API set: CustomFunctionsRuntime 1.2])",
  },
  {
    api: "Excel.run",
    set: "ExcelApi",
    version: "1.1",
    reason:
      "the entry point of the Excel JavaScript API; the reference page gives no set, so the first Excel set",
    source:
      "https://learn.microsoft.com/javascript/api/excel#excel-excel-run-function(1) (no API set in remarks); https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-1-requirement-set ('the first version of the API')",
  },
  {
    api: "Excel.RequestContext",
    set: "ExcelApi",
    version: "1.1",
    reason: "the context Excel.run hands to its batch; the reference page gives no set",
    source: "https://learn.microsoft.com/javascript/api/excel/excel.requestcontext (no API set in remarks)",
  },
  {
    api: "Excel.RequestContext.workbook",
    set: "ExcelApi",
    version: "1.1",
    reason: "returns Excel.Workbook, which is [Api set: ExcelApi 1.1]; the property itself has no set",
    source:
      "https://learn.microsoft.com/javascript/api/excel/excel.requestcontext#excel-excel-requestcontext-workbook-member (no set); https://learn.microsoft.com/javascript/api/excel/excel.workbook (ExcelApi 1.1)",
  },
  {
    api: "Excel.RequestContext.application",
    set: "ExcelApi",
    version: "1.1",
    reason: "returns Excel.Application, which is [Api set: ExcelApi 1.1]; the property itself has no set",
    source:
      "https://learn.microsoft.com/javascript/api/excel/excel.requestcontext#excel-excel-requestcontext-application-member (no set); https://learn.microsoft.com/javascript/api/excel/excel.application (ExcelApi 1.1)",
  },
  {
    api: "OfficeExtension.ClientRequestContext.sync",
    set: null,
    version: null,
    reason: "context.sync() of the shared OfficeExtension runtime; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext#office-officeextension-clientrequestcontext-sync-member(1) (no requirement set listed)",
  },
  {
    api: "OfficeExtension.ClientObject.isNullObject",
    set: null,
    version: null,
    reason:
      "property of every proxy object; the *OrNullObject methods that produce null objects carry their own sets",
    source:
      "https://learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member (no requirement set listed)",
  },
  {
    api: "CustomFunctions.ErrorCode",
    set: "CustomFunctionsRuntime",
    version: "1.2",
    reason:
      "the enum (as a value) came with CustomFunctions.Error in 1.2; each member used is annotated itself (1.3 in @types)",
    source:
      "https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets (history: 1.2 adds CustomFunctions.Error; 1.3 adds new ErrorCode options)",
  },
  {
    api: "Office.Context.document",
    set: null,
    version: null,
    reason: "the Document object the add-in works on; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-document-member (no requirement set listed)",
  },
  {
    api: "Office.AsyncResult.value",
    set: null,
    version: null,
    reason: "the result object every common-API callback receives; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.asyncresult (no requirement set listed)",
  },
  {
    api: "Office.AsyncResult.status",
    set: null,
    version: null,
    reason: "the result object every common-API callback receives; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.asyncresult (no requirement set listed)",
  },
  {
    api: "Office.AsyncResultStatus",
    set: null,
    version: null,
    reason: "the enum of AsyncResult.status; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.asyncresultstatus (no requirement set listed)",
  },
  {
    api: "Office.AsyncResultStatus.Succeeded",
    set: null,
    version: null,
    reason: "a member of AsyncResultStatus; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.asyncresultstatus (no requirement set listed)",
  },
  {
    api: "Office.File",
    set: null,
    version: null,
    reason:
      "the type itself (a parameter or result type); part of no requirement set. The getFileAsync and getSliceAsync calls that produce it need File 1.1 and are checked",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.file (its methods: 'Requirement set: File'); https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets (File 1.1)",
  },
  {
    api: "Office.File.sliceCount",
    set: "File",
    version: "1.1",
    reason: "a property of the file getFileAsync hands out (File set)",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.file#office-office-file-slicecount-member (interface reached only through getFileAsync)",
  },
  {
    api: "Office.Slice.data",
    set: "File",
    version: "1.1",
    reason: "a property of the slice File.getSliceAsync hands out ('Requirement set: File')",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.slice#office-office-slice-data-member; https://learn.microsoft.com/javascript/api/office/office.file#office-office-file-getsliceasync-member(1) (Requirement set: File)",
  },
  {
    api: "Office.FileType",
    set: null,
    version: null,
    reason:
      "the type itself (a parameter or result type); part of no requirement set. The getFileAsync and getSliceAsync calls that produce it need File 1.1 and are checked",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.filetype; https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1) (Requirement set: File)",
  },
  {
    api: "Office.FileType.Compressed",
    set: "File",
    version: "1.1",
    reason: "the .xlsx (Office Open XML) format of getFileAsync (File set)",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.filetype#fields; https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1) (Requirement set: File)",
  },
  {
    api: "Office.GetFileOptions.sliceSize",
    set: "File",
    version: "1.1",
    reason: "the option object of getFileAsync (File set)",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.getfileoptions#office-office-getfileoptions-slicesize-member; https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1) (Requirement set: File)",
  },
  {
    api: "Office.GetFileOptions",
    set: null,
    version: null,
    reason: "the option object type of getFileAsync; the type itself is part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.getfileoptions (no requirement set listed)",
  },
  {
    api: "Office.AsyncResult",
    set: null,
    version: null,
    reason: "the result type every common-API callback receives; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.asyncresult (no requirement set listed)",
  },
  {
    api: "Office.AsyncResult.error",
    set: null,
    version: null,
    reason: "the result type every common-API callback receives; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.asyncresult#office-office-asyncresult-error-member (no requirement set listed)",
  },
  {
    api: "Office.Error.message",
    set: null,
    version: null,
    reason: "the error of a failed common-API call; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.error#office-office-error-message-member (no requirement set listed)",
  },
  {
    api: "Office.onReady",
    set: null,
    version: null,
    reason: "Office.js initialisation; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1) (no requirement set listed)",
  },
  {
    api: "Office.context",
    set: null,
    version: null,
    reason: "the Office.Context object; part of no requirement set",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.context (no requirement set for the object itself)",
  },
  {
    api: "Office.Context.requirements",
    set: null,
    version: null,
    reason: "needed to check requirement sets at run time, so it cannot itself need one",
    source:
      "https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime (isSetSupported is how a set is checked)",
  },
  {
    api: "Office.RequirementSetSupport.isSetSupported",
    set: null,
    version: null,
    reason: "the run-time requirement-set check itself",
    source: "https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime",
  },
  {
    api: "Office.Context.platform",
    set: null,
    version: null,
    reason: "Office.context.platform; no requirement set listed",
    source:
      "https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-platform-member (no requirement set listed)",
  },
  {
    api: "Office.HostType",
    set: null,
    version: null,
    reason: "enum compared with Office.onReady's info.host; part of no requirement set",
    source: "https://learn.microsoft.com/javascript/api/office/office.hosttype (no requirement set listed)",
  },
  {
    api: "Office.HostType.Excel",
    set: null,
    version: null,
    reason: "enum member compared with Office.onReady's info.host; part of no requirement set",
    source: "https://learn.microsoft.com/javascript/api/office/office.hosttype (no requirement set listed)",
  },
];

/**
 * @typedef {object} SetVersion
 * @property {string} set
 * @property {string} version
 * @property {string} [qualifier] Extra words after the version, e.g. "for reading visibility; 1.2 for setting it."
 */

/**
 * @typedef {object} ApiUse
 * @property {string} api        Fully qualified name, e.g. "Excel.ConditionalFormatCollection.add".
 * @property {string} set        Requirement set, e.g. "ExcelApi".
 * @property {string} version    Minimum version this use needs, e.g. "1.6".
 * @property {string} file       Path relative to the root, with forward slashes.
 * @property {number} line       1-based.
 * @property {string} where      "file:line".
 * @property {"read"|"write"|"call"|"new"|"type"|"load"|"key"} kind How the code uses it.
 * @property {"jsdoc"|"inherited"|"supplement"} from Where the set came from.
 * @property {{ set: string, version: string, how: string }} [guard] The isSetSupported check covering this use.
 */

/**
 * @typedef {object} UnclassifiedUse
 * @property {string} api
 * @property {string} where
 * @property {string} declaredIn The .d.ts package.
 */

/** Compares "1.10" and "1.9" as versions: negative, 0 or positive. */
function compareVersions(a, b) {
  const x = String(a).split(".").map(Number);
  const y = String(b).split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Reads the requirement sets out of one JSDoc comment, or [] when it names none.
 * Handles `[Api set: ExcelApi 1.9]`, `[Api set: ExcelApi 1.1 for get, 1.4 for set]`,
 * `[Api set: SharedRuntime 1.1, Mailbox 1.10]` and `**Requirement set(s)**: {@link url | Name 1.1}`.
 * `[Api set:  1.1]` (no name; Visio in office-js) gives [].
 *
 * @example parseApiSets("[Api set: CustomFunctionsRuntime 1.2]") // [{ set: "CustomFunctionsRuntime", version: "1.2" }]
 * @param {string} comment
 * @returns {SetVersion[]}
 */
function parseApiSets(comment) {
  /** @type {SetVersion[]} */
  const found = [];
  const bracket = /\[Api set:([^\]]*)\]/i.exec(comment);
  if (bracket) {
    const text = (bracket[1] ?? "").replace(/\s*\n\s*\*\s*/g, " ");
    for (const part of text.split(",")) {
      const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s+(\d+\.\d+)(.*)$/.exec(part);
      const last = found[found.length - 1];
      if (m) found.push({ set: m[1], version: m[2], qualifier: (m[3] ?? "").trim() });
      else if (last) last.qualifier = `${last.qualifier ?? ""},${part}`.replace(/^,/, "").trim();
    }
  }
  const marker = comment.search(/\*\*Requirement sets?\*\*/i);
  if (found.length === 0 && marker >= 0) {
    const link = /\{@link\s+[^|}]*\|\s*([A-Za-z][A-Za-z0-9]*)(?:\s+(\d+\.\d+))?\s*\}/g;
    const tail = comment.slice(marker);
    let m;
    while ((m = link.exec(tail)) !== null)
      found.push({
        set: m[1] ?? "",
        version: m[2] ?? "1.1",
        qualifier: m[2] ? "" : "(set without a version)",
      });
  }
  const excelSide = found.filter((f) => !OTHER_HOST_SETS.test(f.set));
  return excelSide.length > 0 ? excelSide : found;
}

/**
 * The version a use needs when the annotation differs for reading and writing, e.g.
 * "ExcelApi 1.1 for reading visibility; 1.2 for setting it." and a write -> "1.2".
 * @param {SetVersion} sv
 * @param {ApiUse["kind"]} kind
 */
function versionFor(sv, kind) {
  if (kind !== "write" || !sv.qualifier) return sv.version;
  const setter = /(\d+\.\d+)\s+for\s+(?:set|setting)\b/i.exec(sv.qualifier);
  return setter && compareVersions(setter[1] ?? "0", sv.version) > 0 ? (setter[1] ?? sv.version) : sv.version;
}

/** Leading comment text of a node (its JSDoc and line comments). */
function leadingComments(node) {
  const sf = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, node.pos) ?? [];
  return ranges.map((r) => sf.text.slice(r.pos, r.end)).join("\n");
}

/** The node whose leading comments hold a declaration's JSDoc. */
function commentHolder(decl) {
  if (
    ts.isVariableDeclaration(decl) &&
    decl.parent &&
    decl.parent.parent &&
    ts.isVariableStatement(decl.parent.parent)
  )
    return decl.parent.parent;
  return decl;
}

/** Which of OFFICE_TYPE_PACKAGES a file belongs to, or undefined. */
function officePackageOf(fileName) {
  const normal = fileName.replace(/\\/g, "/");
  return OFFICE_TYPE_PACKAGES.find((p) => normal.includes(`/node_modules/${p}/`));
}

/**
 * The sets a declaration is annotated with: its own JSDoc, else (for members) the enclosing
 * class/interface/enum's.
 * @returns {{ sets: SetVersion[], from: "jsdoc"|"inherited" } | undefined}
 */
function annotationOf(decl) {
  const own = parseApiSets(leadingComments(commentHolder(decl)));
  if (own.length > 0) return { sets: own, from: "jsdoc" };
  let parent = decl.parent;
  while (parent && !ts.isSourceFile(parent)) {
    if (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) || ts.isEnumDeclaration(parent)) {
      const inherited = parseApiSets(leadingComments(parent));
      return inherited.length > 0 ? { sets: inherited, from: "inherited" } : undefined;
    }
    if (ts.isModuleDeclaration(parent)) return undefined;
    parent = parent.parent;
  }
  return undefined;
}

/** The literal text of an expression: a string literal, or an expression whose type is one string literal. */
function literalText(checker, expr) {
  if (!expr) return undefined;
  if (ts.isStringLiteralLike(expr)) return expr.text;
  const type = checker.getTypeAtLocation(expr);
  return type.isStringLiteral() ? type.value : undefined;
}

/** isSetSupported(NAME, "X.Y") calls inside an expression, with literal arguments. */
function isSetSupportedCalls(checker, expr) {
  /** @type {{ set: string, version: string, negated: boolean }[]} */
  const calls = [];
  const visit = (node, negated) => {
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken)
      return visit(node.operand, !negated);
    if (ts.isParenthesizedExpression(node)) return visit(node.expression, negated);
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression)
        ? node.expression.name.text
        : ts.isIdentifier(node.expression)
          ? node.expression.text
          : "";
      if (callee === "isSetSupported") {
        const set = literalText(checker, node.arguments[0]);
        const version = literalText(checker, node.arguments[1]) ?? "1.1";
        if (set) calls.push({ set, version, negated });
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, negated));
  };
  visit(expr, false);
  return calls;
}

/** True when a statement always leaves the block: return/throw, or a block ending with one. */
function exits(statement) {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

const GUARD_COMMENT =
  /requirement-set:\s*guarded by isSetSupported\(\s*["']([A-Za-z0-9]+)["']\s*,\s*["'](\d+\.\d+)["']\s*\)/;

/**
 * The isSetSupported checks (with a fallback) that cover a node, innermost first.
 * @returns {{ set: string, version: string, how: string }[]}
 */
function guardsAround(checker, node) {
  const guards = [];
  let child = node;
  let parent = node.parent;
  while (parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && parent.elseStatement) {
      for (const g of isSetSupportedCalls(checker, parent.expression))
        if (!g.negated) guards.push({ set: g.set, version: g.version, how: "if/else" });
    }
    if (ts.isIfStatement(parent) && child === parent.elseStatement) {
      for (const g of isSetSupportedCalls(checker, parent.expression))
        if (g.negated) guards.push({ set: g.set, version: g.version, how: "if (!...) else" });
    }
    if (ts.isConditionalExpression(parent) && child === parent.whenTrue) {
      for (const g of isSetSupportedCalls(checker, parent.condition))
        if (!g.negated) guards.push({ set: g.set, version: g.version, how: "?:" });
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      // `if (!isSetSupported(...)) return fallback;` earlier in the same block.
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) {
          for (const g of isSetSupportedCalls(checker, statement.expression))
            if (g.negated) guards.push({ set: g.set, version: g.version, how: "early return" });
        }
      }
    }
    if (
      ts.isFunctionLike(parent) ||
      ts.isVariableStatement(parent) ||
      ts.isExpressionStatement(parent) ||
      ts.isClassDeclaration(parent)
    ) {
      const holder =
        ts.isFunctionLike(parent) && parent.parent && ts.isVariableDeclaration(parent.parent)
          ? commentHolder(parent.parent)
          : parent;
      const m = GUARD_COMMENT.exec(leadingComments(holder));
      if (m) guards.push({ set: m[1] ?? "", version: m[2] ?? "", how: "comment" });
    }
    child = parent;
    parent = parent.parent;
  }
  return guards;
}

/** How the identifier is used. */
function kindOf(id) {
  const p = id.parent;
  if (
    ts.isTypeReferenceNode(p) ||
    ts.isQualifiedName(p) ||
    ts.isExpressionWithTypeArguments(p) ||
    ts.isTypeQueryNode(p)
  )
    return "type";
  const access =
    ts.isPropertyAccessExpression(p) && p.name === id
      ? p
      : ts.isIdentifier(id) && !ts.isPropertyAccessExpression(p)
        ? id
        : undefined;
  const expr = access ?? id;
  const outer = expr.parent;
  if (outer && ts.isCallExpression(outer) && outer.expression === expr) return "call";
  if (outer && ts.isNewExpression(outer) && outer.expression === expr) return "new";
  if (
    outer &&
    ts.isBinaryExpression(outer) &&
    outer.left === expr &&
    outer.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    outer.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return "write";
  return "read";
}

/** Files (absolute paths) of the add-in's sources: *.ts under the dirs, tests and .d.ts left out. */
function sourceFiles(root, dirs) {
  const files = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  return files.sort();
}

/** Parsed .d.ts files shared between scans (office-js is 180,000 lines; parse it once). */
const libraryCache = new Map();

/**
 * Scans the add-in's code for Office.js API uses.
 *
 * @param {object} [options]
 * @param {string} [options.root] Project root (default: this script's parent folder).
 * @param {readonly string[]} [options.dirs] Folders to scan (default ADDIN_SOURCE_DIRS).
 * @param {Record<string, string>} [options.sources] In-memory sources (relative path -> text) scanned
 *   INSTEAD of the folders; for tests of the scanner itself.
 * @returns {{ uses: ApiUse[], unclassified: UnclassifiedUse[], noSet: { api: string, where: string }[], files: string[] }}
 *   uses: one entry per use and set; unclassified: Office APIs with no annotation and no SUPPLEMENT
 *   row; noSet: uses of APIs that belong to no requirement set (SUPPLEMENT rows with set null).
 */
function scanOfficeApiUsage(options = {}) {
  const root = path.resolve(options.root ?? path.join(__dirname, ".."));
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, { noEmit: true }, configPath);
  const compilerOptions = { ...parsed.options, noEmit: true };

  const virtual = new Map(
    Object.entries(options.sources ?? {}).map(([rel, text]) => [path.join(root, rel), text]),
  );
  const rootNames =
    virtual.size > 0 ? [...virtual.keys()] : sourceFiles(root, options.dirs ?? ADDIN_SOURCE_DIRS);
  const host = ts.createCompilerHost(compilerOptions, true);
  const baseGetSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(path.resolve(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    const cacheable = fileName.includes("node_modules");
    const key = `${fileName}|${JSON.stringify(languageVersion)}`;
    if (cacheable && libraryCache.has(key)) return libraryCache.get(key);
    const sf = baseGetSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (cacheable && sf) libraryCache.set(key, sf);
    return sf;
  };
  const baseFileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(path.resolve(fileName)) || baseFileExists(fileName);
  const baseReadFile = host.readFile.bind(host);
  host.readFile = (fileName) => virtual.get(path.resolve(fileName)) ?? baseReadFile(fileName);

  const program = ts.createProgram({ rootNames, options: compilerOptions, host });
  const checker = program.getTypeChecker();
  const supplement = new Map(SUPPLEMENT.map((row) => [row.api, row]));

  /** @type {ApiUse[]} */
  const uses = [];
  /** @type {UnclassifiedUse[]} */
  const unclassified = [];
  /** @type {{ api: string, where: string }[]} */
  const noSet = [];
  const rootSet = new Set(rootNames.map((f) => path.resolve(f)));

  /** Records one use of `symbol` at `node`; `declaration` picks the overload when known. */
  const record = (symbol, node, kind, declaration) => {
    let s = symbol;
    if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    const decls = declaration ? [declaration] : (s.declarations ?? []);
    const officeDecls = decls.filter((d) => officePackageOf(d.getSourceFile().fileName));
    if (officeDecls.length === 0) return;
    // A namespace (Excel, Office, CustomFunctions) is not an API by itself.
    if (officeDecls.every((d) => ts.isModuleDeclaration(d))) return;
    if (officeDecls.every((d) => ts.isTypeParameterDeclaration(d) || ts.isParameter(d))) return;
    const decl = officeDecls[0];
    // Through a parameter typed `typeof Excel.run`, the called overload names the API.
    const named = declaration && declaration.symbol ? declaration.symbol : s;
    let api = checker.getFullyQualifiedName(named).replace(/^"[^"]*"\./, "");
    if (ts.isConstructorDeclaration(decl))
      api = `${checker.getFullyQualifiedName(decl.parent.symbol)}.constructor`;
    const sf = node.getSourceFile();
    const file = path.relative(root, sf.fileName).replace(/\\/g, "/");
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const where = `${file}:${line}`;
    const guards = guardsAround(checker, node);

    const annotation = annotationOf(decl);
    const row = supplement.get(api);
    /** @type {{ sets: SetVersion[], from: ApiUse["from"] } | undefined} */
    let source = annotation && annotation.from === "jsdoc" ? annotation : undefined;
    if (!source && row)
      source = { sets: row.set ? [{ set: row.set, version: row.version ?? "1.1" }] : [], from: "supplement" };
    if (!source && annotation) source = annotation;
    if (!source) {
      unclassified.push({ api, where, declaredIn: officePackageOf(decl.getSourceFile().fileName) ?? "" });
      return;
    }
    if (source.sets.length === 0) noSet.push({ api, where });
    for (const sv of source.sets) {
      const version = versionFor(sv, kind);
      const guard = guards.find((g) => g.set === sv.set && compareVersions(g.version, version) >= 0);
      uses.push({
        api,
        set: sv.set,
        version,
        file,
        line,
        where,
        kind,
        from: source.from,
        ...(guard ? { guard } : {}),
      });
    }
  };

  /** `x.load("a,b/c")` on an Office object: each property path is a use too. */
  const recordLoadPaths = (call) => {
    if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "load") return;
    const text = literalText(checker, call.arguments[0]);
    if (text === undefined) return;
    const receiver = checker.getTypeAtLocation(call.expression.expression);
    for (const item of text.split(",")) {
      let type = receiver;
      for (const name of item.trim().split("/")) {
        if (!name) break;
        const prop = type.getProperty(name);
        if (!prop) break;
        record(prop, call.arguments[0], "load");
        type = checker.getTypeOfSymbol(prop);
        const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
        if (element) type = element;
      }
    }
  };

  for (const sf of program.getSourceFiles()) {
    if (!rootSet.has(path.resolve(sf.fileName))) continue;
    const visit = (node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isCallExpression(node)) recordLoadPaths(node);
      if (ts.isIdentifier(node)) {
        const p = node.parent;
        // Object literal keys: the property of the contextual (Office) type.
        if (
          (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) &&
          p.name === node &&
          ts.isObjectLiteralExpression(p.parent)
        ) {
          const contextual = checker.getContextualType(p.parent);
          const prop = contextual && contextual.getProperty(node.text);
          if (prop) record(prop, node, "key");
        } else {
          const symbol = checker.getSymbolAtLocation(node);
          if (symbol) {
            const kind = kindOf(node);
            let declaration;
            if (kind === "call" || kind === "new") {
              const expr = ts.isPropertyAccessExpression(p) ? p : node;
              const signature = checker.getResolvedSignature(/** @type {any} */ (expr.parent));
              declaration =
                signature && signature.declaration && !ts.isJSDocSignature(signature.declaration)
                  ? signature.declaration
                  : undefined;
            }
            record(symbol, node, kind, declaration);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  const order = (a, b) =>
    a.where.localeCompare(b.where, "en", { numeric: true }) || a.api.localeCompare(b.api);
  return {
    uses: uses.sort(order),
    unclassified: unclassified.sort(order),
    noSet: noSet.sort(order),
    files: rootNames.map((f) => path.relative(root, f).replace(/\\/g, "/")),
  };
}

/**
 * The highest version of each set the unguarded uses need, with the uses that need it.
 * @param {readonly ApiUse[]} uses
 * @returns {Map<string, { version: string, uses: ApiUse[] }>}
 */
function neededSets(uses) {
  const needed = new Map();
  for (const use of uses) {
    if (use.guard) continue;
    const known = needed.get(use.set);
    const d = known ? compareVersions(use.version, known.version) : 1;
    if (d > 0) needed.set(use.set, { version: use.version, uses: [use] });
    else if (d === 0) known.uses.push(use);
  }
  return new Map([...needed.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The requirement sets an add-in-only manifest declares in OfficeApp/Requirements/Sets
 * (a Set without MinVersion takes the Sets' DefaultMinVersion, itself "1.1" when absent).
 * @param {string} xmlText
 * @returns {Map<string, string>} name -> minimum version
 */
function declaredSets(xmlText) {
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
  }).parse(xmlText);
  const sets = doc?.OfficeApp?.Requirements?.Sets;
  const declared = new Map();
  for (const group of [sets].flat()) {
    if (!group) continue;
    const fallback = group["@_DefaultMinVersion"] ?? "1.1";
    for (const set of [group.Set].flat())
      if (set && set["@_Name"]) declared.set(set["@_Name"], set["@_MinVersion"] ?? fallback);
  }
  return declared;
}

/**
 * @typedef {object} RequirementGap
 * @property {string} api
 * @property {string} where
 * @property {string} needed    e.g. "CustomFunctionsRuntime 1.2"
 * @property {string} declared  e.g. "CustomFunctionsRuntime 1.1", or "not declared"
 */

/**
 * Every unguarded use that needs more than the manifest declares.
 * @param {readonly ApiUse[]} uses
 * @param {string} manifestXml
 * @returns {RequirementGap[]}
 */
function checkRequirementSets(uses, manifestXml) {
  const declared = declaredSets(manifestXml);
  const gaps = [];
  for (const use of uses) {
    if (use.guard) continue;
    const have = declared.get(use.set);
    if (have !== undefined && compareVersions(have, use.version) >= 0) continue;
    gaps.push({
      api: use.api,
      where: use.where,
      needed: `${use.set} ${use.version}`,
      declared: have === undefined ? "not declared" : `${use.set} ${have}`,
    });
  }
  return gaps;
}

/** One line per gap, for test failures and the command line. */
function formatGap(gap) {
  return `${gap.api} at ${gap.where} needs ${gap.needed}; the manifest declares ${gap.declared}`;
}

module.exports = {
  ADDIN_SOURCE_DIRS,
  OFFICE_TYPE_PACKAGES,
  SUPPLEMENT,
  compareVersions,
  parseApiSets,
  scanOfficeApiUsage,
  neededSets,
  declaredSets,
  checkRequirementSets,
  formatGap,
};

if (require.main === module) {
  const manifest = process.argv[2] ?? path.join(__dirname, "..", "manifest.xml");
  const { uses, unclassified } = scanOfficeApiUsage();
  for (const [set, { version, uses: top }] of neededSets(uses)) {
    const apis = [...new Set(top.map((u) => u.api))];
    console.log(
      `${set} ${version}: ${apis.slice(0, 6).join(", ")}${apis.length > 6 ? `, ... (${apis.length})` : ""}`,
    );
  }
  for (const use of uses.filter((u) => u.guard))
    console.log(`guarded: ${use.api} (${use.set} ${use.version}) at ${use.where} by ${use.guard.how}`);
  for (const u of unclassified)
    console.log(`unclassified: ${u.api} at ${u.where} (${u.declaredIn}): add it to SUPPLEMENT`);
  const gaps = checkRequirementSets(uses, fs.readFileSync(manifest, "utf8"));
  for (const gap of gaps) console.error(formatGap(gap));
  process.exit(gaps.length > 0 || unclassified.length > 0 ? 1 : 0);
}

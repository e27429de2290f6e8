/* Webpack build: task pane (which also hosts the custom functions: shared runtime), the
 * browser workbench, functions.json from JSDoc, the help page (help.html) from docs/help.md, and the manifest.
 *
 * Base URL: development uses https://localhost:3000/. For production set ADDIN_BASE_URL
 * (e.g. ADDIN_BASE_URL=https://addins.example.gov.uk/scorecard/ npm run build); every
 * occurrence of the development origin in manifest.xml, functions.json and help.html is replaced.
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

function baseUrl() {
  const url = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must start with https:// (got "${url}").`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites the development origin to the production one in the text assets that hold URLs. */
class BaseUrlPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BaseUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BaseUrlPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          if (this.url === DEV_BASE_URL) return;
          for (const name of ["manifest.xml", "functions.json", "help.html"]) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            // Full URLs first, then the bare origin (AppDomain has no path).
            const text = asset.source
              .source()
              .toString()
              .split(DEV_BASE_URL)
              .join(this.url)
              .split(DEV_ORIGIN)
              .join(new URL(this.url).origin);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

const HELP_SOURCE = path.resolve(__dirname, "docs/help.md");
const FINDINGS_SOURCE = path.resolve(__dirname, "src/core/validation/findings.ts");
/** The line in docs/help.md above the findings table (code | when) that the build completes. */
const FINDINGS_MARKER = /^<!-- findings-table\b.*-->\s*$/m;

/**
 * FINDING_SEVERITY from src/core/validation/findings.ts (code -> severity, in its order). The
 * file has no imports, so it is transpiled with TypeScript and evaluated on its own.
 */
function findingSeverities() {
  const ts = require("typescript");
  const js = ts.transpileModule(fs.readFileSync(FINDINGS_SOURCE, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  const module = { exports: {} };
  const noImports = (name) => {
    throw new Error(
      `findings.ts now imports "${name}"; the help page build (webpack.config.js) reads it on its own.`,
    );
  };
  new Function("module", "exports", "require", js)(module, module.exports, noImports);
  const severities = module.exports.FINDING_SEVERITY;
  if (!severities || typeof severities !== "object")
    throw new Error("src/core/validation/findings.ts exports no FINDING_SEVERITY");
  return severities;
}

/**
 * Completes the findings table of the help source: the rows under FINDINGS_MARKER give each
 * code's description ("| `code` | when |"); the result lists every code of FINDING_SEVERITY, in
 * its order, with its severity. A code without a description, or a description of a code
 * that no longer exists, is a build warning (and the help page test fails on the first).
 */
function completeFindingsTable(markdown, warn) {
  const marker = FINDINGS_MARKER.exec(markdown);
  if (!marker) {
    warn("docs/help.md has no <!-- findings-table --> marker: the help page has no findings table.");
    return markdown;
  }
  const before = markdown.slice(0, marker.index);
  const lines = markdown
    .slice(marker.index + marker[0].length)
    .replace(/^\r?\n/, "")
    .split(/\r?\n/);
  let tableEnd = 0;
  while (tableEnd < lines.length && lines[tableEnd].trim().startsWith("|")) tableEnd += 1;
  const descriptions = new Map();
  for (const row of lines.slice(0, tableEnd)) {
    const cells = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(row.trim());
    if (cells) descriptions.set(cells[1], cells[2].trim());
  }
  const severities = findingSeverities();
  for (const code of descriptions.keys())
    if (!(code in severities))
      warn(
        `docs/help.md describes the finding ${code}, which src/core/validation/findings.ts no longer has.`,
      );
  const rows = Object.entries(severities).map(([code, severity]) => {
    if (!descriptions.get(code))
      warn(`docs/help.md has no description of the finding ${code}: add a row to its findings table.`);
    return `| \`${code}\` | <span class="severity severity-${severity}">${severity}</span> | ${descriptions.get(code) ?? ""} |`;
  });
  const table = ["| code | severity | when |", "|---|---|---|", ...rows].join("\n");
  return `${before}${table}\n${lines.slice(tableEnd).join("\n")}`;
}

/** A heading's id as GitHub makes it ("KPI.RAG" -> "kpirag"), so #kpirag lands on it; repeats get -1, -2. */
function headingIds() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]+>/g, "")
      .replace(/[^\w\- ]/g, "")
      .trim()
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

const HELP_STYLE = `
body{font-family:"Segoe UI",system-ui,-apple-system,sans-serif;max-width:58rem;margin:0 auto;padding:1.5rem 1rem 4rem;line-height:1.5;color:#242424;background:#fff}
h1{font-size:1.8rem;margin:.5rem 0 1rem;color:#0f6cbd}
h2{font-size:1.35rem;margin:2.5rem 0 .75rem;padding-top:.75rem;border-top:1px solid #e0e0e0}
h2:target{background:#ebf3fc;outline:.5rem solid #ebf3fc}
code{background:#f3f2f1;padding:0 .2rem;border-radius:3px;font-size:.92em}
pre{background:#f6f8fa;border:1px solid #e0e0e0;border-radius:4px;padding:.75rem;overflow-x:auto;line-height:1.4}
pre code{background:none;padding:0}
table{border-collapse:collapse;margin:.75rem 0;display:block;overflow-x:auto}
td,th{border:1px solid #d1d1d1;padding:.3rem .6rem;vertical-align:top;text-align:left}
th{background:#f5f5f5}
td code{white-space:nowrap}
h2{clear:both}
img{max-width:100%;height:auto;border:1px solid #d1d1d1;border-radius:4px}
p>img{float:right;width:16rem;max-height:36rem;object-fit:cover;object-position:top;margin:0 0 1rem 1.5rem;box-shadow:0 2px 6px rgba(0,0,0,.12)}
@media (max-width:40rem){p>img{float:none;display:block;width:100%;margin:1rem 0}}
a{color:#0f6cbd}
.severity{font-weight:600}.severity-fatal{color:#750b1c}.severity-error{color:#c50f1f}.severity-warning{color:#bc4b09}.severity-info{color:#0f6cbd}
`;

/**
 * help.html, the page every function's help link opens (@helpurl .../help.html#kpirag): the
 * help for Excel users in docs/help.md, rendered with its findings table completed from the
 * code. Images it names (relative to docs/) are copied next to it, under help/.
 */
class HelpPagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "HelpPagePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { marked } = await import("marked");
          compilation.fileDependencies.add(HELP_SOURCE);
          compilation.fileDependencies.add(FINDINGS_SOURCE);
          const warn = (message) =>
            compilation.warnings.push(new compiler.webpack.WebpackError(`help.html: ${message}`));
          const markdown = completeFindingsTable(fs.readFileSync(HELP_SOURCE, "utf8"), warn);
          const id = headingIds();
          const renderer = new marked.Renderer();
          renderer.heading = ({ tokens, depth, text }) =>
            `<h${depth} id="${id(text)}">${marked.Parser.parseInline(tokens)}</h${depth}>\n`;
          const images = new Map();
          renderer.image = ({ href, title, text }) => {
            let src = href;
            if (!/^(https?:|data:)/.test(href)) {
              const file = path.resolve(path.dirname(HELP_SOURCE), href);
              if (!fs.existsSync(file)) {
                warn(`the image ${href} named in docs/help.md does not exist.`);
                return "";
              }
              src = `help/${path.basename(file)}`;
              images.set(src, file);
            }
            const escape = (s) =>
              String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
            return `<img src="${escape(src)}" alt="${escape(text)}"${title ? ` title="${escape(title)}"` : ""}>`;
          };
          const body = await marked.parse(markdown, { renderer });
          for (const [name, file] of images) {
            compilation.fileDependencies.add(file);
            compilation.emitAsset(name, new sources.RawSource(fs.readFileSync(file)));
          }
          const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Scorecard Kit help</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${HELP_STYLE}</style>
</head><body><main>${body}</main></body></html>`;
          compilation.emitAsset("help.html", new sources.RawSource(html));
        },
      );
    });
  }
}

async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (e) {
    console.warn(
      `No trusted development certificate (${e.message}); serving plain http. Excel needs https: run "npx office-addin-dev-certs install" on Windows or Mac.`,
    );
    return { type: "http" };
  }
}

/**
 * Writes dist/.build-stamp after every build without errors. webpack leaves an unchanged output
 * file untouched, so the tests judge "dist/ is older than its sources" by this stamp, not by the
 * bundles' own dates (test/e2e/workbench-env.ts, ensureBuilt).
 */
class BuildStampPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("BuildStampPlugin", (stats) => {
      if (stats.hasErrors()) return;
      const out = compiler.options.output.path;
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, ".build-stamp"), `${new Date().toISOString()}\n`);
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      workbench: "./src/workbench/workbench.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: {
      extensions: [".ts", ".js"],
      // csv-parse's CommonJS build needs Node's Buffer; its browser build carries its own.
      alias: { "csv-parse/sync$": require.resolve("csv-parse/browser/esm/sync") },
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: dev,
              onlyCompileBundledFiles: true,
              configFile: "tsconfig.json",
              // ES modules for webpack (tsconfig's CommonJS is for Node and jest): a dynamic
              // import() stays a separate chunk, loaded only when used (the .xlsx reader and the
              // freeze in the pane), and unused exports can be dropped.
              compilerOptions: { module: "es2020" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // The pane page hosts the functions too (shared runtime): the taskpane bundle imports
      // functions.ts, so both share one module graph and one catalogue store. functions.js is
      // still built for the manifest's <Script> element.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/workbench/workbench.css", to: "workbench.css" },
          { from: "examples/*.xlsx", to: "examples/[name][ext]", noErrorOnMissing: true },
        ],
      }),
      new HelpPagePlugin(),
      new BaseUrlPlugin(baseUrl()),
      new BuildStampPlugin(),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: dev ? await devServerHttps() : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

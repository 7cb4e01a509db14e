// Runs many CPython 3.14 command-line jobs in one Node.js process, each
// captured exactly as the `python3.14` command would print it.
//
//   node driver.mjs PYODIDE_DIR JOBFILE...
//
// A job file has one job a line, four tab-separated fields:
//   KIND  CWD  FILE  OUT
// KIND is one of (with `+digest` appended, a line `FILE<TAB>SHA-256 of
// stdout<TAB>exit status<TAB>last line of stderr` is appended to OUT instead)
//   tokenize  `python3.14 -m tokenize -e FILE`
//   ast       `python3.14 -m ast -a FILE`
//   symtable  `python3.14 -m symtable FILE`
//   dis       `python3.14 -m dis FILE`, object addresses masked (`at 0x?`)
//   run       `python3.14 FILE`, compile only: the SyntaxError (and any
//             SyntaxWarning) it prints; a file that compiles is not run
//             and prints nothing
//   exec      `python3.14 FILE`, run: stdout, then stderr, then `[exit N]`
//             if N is not 0 (the golden format of tests/golden/run)
// run in directory CWD. OUT receives the golden format: for tokenize and
// ast, stdout, then (only if the exit status N is not 0) stderr and a line
// `[exit N]`; for run, stderr then `[exit N]`.
//
// Differences from a native CPython that the format hides: an exception
// escaping `ast.main` is shown without its traceback frames (they name
// files inside CPython's install); OSError numbers are WASI's.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const [pyodideDir, ...jobFiles] = process.argv.slice(2);
if (!pyodideDir || jobFiles.length === 0) {
  process.stderr.write("usage: node driver.mjs PYODIDE_DIR JOBFILE...\n");
  process.exit(2);
}
const require = createRequire(path.join(pyodideDir, "package.json"));
const { loadPyodide } = require("./pyodide.js");

// A fixed hash seed: CPython orders some output by hashing (the free
// variables `-m symtable` lists), so a random seed gives a random order.
const py = await loadPyodide({ indexURL: pyodideDir + "/", env: { PYTHONHASHSEED: "0" } });
const quiet = { write: (buf) => buf.length };
py.setStdout(quiet);
py.setStderr({ write: (buf) => { process.stderr.write(Buffer.from(buf)); return buf.length; } });

// Host directories appear in the WebAssembly file system at their own
// paths: mount each top-level host directory the jobs name, once.
const mounted = new Set();
function mount(dir) {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  if (parts.length === 0) return;
  // /tmp and /home exist in pyodide's own file system: mount one level lower
  const depth = ["tmp", "home", "lib", "dev", "proc"].includes(parts[0]) ? 2 : 1;
  const top = "/" + parts.slice(0, depth).join("/");
  if (mounted.has(top)) return;
  py.FS.mkdirTree(top);
  py.FS.mount(py.FS.filesystems.NODEFS, { root: top }, top);
  mounted.add(top);
}

const jobs = [];
for (const jobFile of jobFiles) {
  for (const line of fs.readFileSync(jobFile, "utf8").split("\n")) {
    if (!line) continue;
    const [kind, cwd, file, out] = line.split("\t");
    if (!out) throw new Error(`bad job line in ${jobFile}: ${line}`);
    jobs.push([kind, path.resolve(cwd), file, path.resolve(out)]);
  }
}
for (const [, cwd, , out] of jobs) { mount(cwd); mount(path.dirname(out)); }

// `python3.14 FILE` reads the script through C stdio, whose tokenizer
// words some errors differently from compile() on bytes (null bytes,
// undecodable bytes): a run job calls CPython's own script runner, with no
// Python frame on the stack, as the real command does.
const m = py._module;
function runSimpleFile(file) {
  const cpath = m.stringToNewUTF8(file);
  const cmode = m.stringToNewUTF8("rb");
  try {
    const fp = m._fopen(cpath, cmode);
    return fp ? m._PyRun_SimpleFileExFlags(fp, cpath, 1, 0) : -2;
  } finally {
    m._free(cpath);
    m._free(cmode);
  }
}
py.runPython(fs.readFileSync(new URL("./jobs.py", import.meta.url), "utf8"));
const runJob = py.globals.get("run_job");
const prepareRun = py.globals.get("prepare_run");
const finishRun = py.globals.get("finish_run");
const runExec = py.globals.get("run_exec");
// With WebAssembly stack switching (node's --experimental-wasm-stack-switching)
// a program can run asyncio's event loop; callPromising needs it.
const canSwitch = typeof runExec.callPromising === "function";
async function job(kind, cwd, file) {
  if (kind !== "run" && kind !== "exec") return runJob(kind, cwd, file).toJs();
  const failing = prepareRun(cwd, file);
  if (failing || kind === "run") return finishRun(failing ? runSimpleFile(failing) : 0).toJs();
  finishRun(0);
  const result = canSwitch ? await runExec.callPromising(cwd, file) : runExec(cwd, file);
  return result.toJs();
}
let done = 0;
for (const [kind, cwd, file, out] of jobs) {
  const bytes = Buffer.from(await job(kind, cwd, file));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (kind.endsWith("+digest")) fs.appendFileSync(out, Buffer.concat([Buffer.from(file + "\t"), bytes]));
  else fs.writeFileSync(out, bytes);
  if (++done % 500 === 0) process.stderr.write(`cpython: ${done}/${jobs.length} jobs\n`);
}

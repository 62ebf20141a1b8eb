import path from 'node:path'

import ts from 'typescript'

/** A fenced example of docs/api.md: ```js example=name or ```ts example=name. */
export type DocExample = { name: string; language: 'js' | 'ts'; code: string }

const FENCE = /```(js|ts) example=([\w-]+)\n([\s\S]*?)```/g
const IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'\s*\n?/gm

export const parseExamples = (markdown: string): DocExample[] =>
  [...markdown.matchAll(FENCE)].map(([, language, name, code]) => ({
    name: name!,
    language: language as 'js' | 'ts',
    code: code!,
  }))

/** The body without its imports, and the value bindings those imports ask for. */
const splitImports = (code: string) => {
  const bindings: Array<{ names: string[]; from: string }> = []
  const body = code.replace(IMPORT, (_, typeOnly: string | undefined, names: string, from: string) => {
    if (!typeOnly) bindings.push({ names: names.split(',').map((name) => name.trim()), from })
    return ''
  })
  return { body, bindings }
}

/**
 * An example as a function of (BASE_URL, API_KEY), as a frontend would run it: TypeScript is
 * stripped of its types, imports are taken from `modules` (what the test process imported).
 */
export const runnable = (
  example: DocExample,
  modules: Record<string, Record<string, unknown>>,
): ((baseUrl: string, apiKey: string) => Promise<unknown>) => {
  const { body, bindings } = splitImports(example.code)
  const source = `(async (BASE_URL, API_KEY) => {\n${body}\n})`
  const js =
    example.language === 'ts'
      ? ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText
      : source
  const names = bindings.flatMap(({ names, from }) => {
    const module = modules[from]
    if (!module) throw new Error(`example "${example.name}" imports ${from}, which the test did not load`)
    return names.map((name) => [name, module[name]] as const)
  })
  return new Function(...names.map(([name]) => name), `return ${js}`)(...names.map(([, value]) => value))
}

/**
 * What the TypeScript compiler says about a `ts` example when it sits as a module at the root of
 * this repository (so `./payload-types` is the generated file), with the project's settings.
 */
export const typeErrors = (example: DocExample, root: string): string[] => {
  const configPath = path.join(root, 'tsconfig.json')
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root)
  const { body } = splitImports(example.code)
  const imports = example.code.slice(0, example.code.length - body.length)
  const file = path.join(root, `docs-example-${example.name}.ts`)
  const text = `${imports}\nexport async function example(BASE_URL: string, API_KEY: string) {\n${body}\n}\n`
  const host = ts.createCompilerHost({ ...options, incremental: false, noEmit: true })
  const readFile = host.readFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  host.readFile = (name) => (path.resolve(name) === file ? text : readFile(name))
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name)
  host.getSourceFile = (name, language, ...rest) =>
    path.resolve(name) === file
      ? ts.createSourceFile(name, text, language)
      : getSourceFile(name, language, ...rest)
  const program = ts.createProgram({
    rootNames: [file],
    options: { ...options, incremental: false, noEmit: true },
    host,
  })
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
}

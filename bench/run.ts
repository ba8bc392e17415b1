// The benchmark suite: `npm run bench` (full) or `npm run bench -- --quick` (a short form CI runs
// so the suite cannot rot; its times are not judged).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench, type Task } from 'tinybench';
import { codeCacheFile } from '../electron/cli/start-up';
import { CaseSchema, type Case, type Language } from '../electron/core/case/case-schema';
import { parseCaseText, validateCase } from '../electron/core/case/validate-case';
import {
  buildDocuments,
  catalogOf,
  renderDocuments,
  type OutputFormat,
} from '../electron/core/generate';
import { coverage } from '../electron/core/requirements/coverage';
import { createBackend } from '../electron/node/backend';
import { loadPdfFonts } from '../electron/node/fonts';
import { LibraryFolder } from '../electron/node/store/library';
import { findTemplatesRoot, loadLibrary } from '../electron/node/templates/load-library';
import { LARGEST_REQUIREMENT_COUNT, largestCase, scaledTemplates } from './largest-case';
import { libraryFixture } from './store-fixture';

const NOW = new Date('2026-11-24T10:00:00Z');
const EXAMPLE = 'examples/ssa-sky-etat-plattform.json';

interface Row {
  name: string;
  median: number;
  p95: number;
  /** Median CPU time (user + system) in ms: what the work costs, whatever else the machine runs. */
  cpu: number;
  runs: number;
  /** The target median in ms, when the issue sets one. */
  target: number | null;
}

/** Packs in several languages made all at once, or one after another as a user asks for them. */
type PackOrder = 'together' | 'in-turn';

/** Makes the pack (DOCX + PDF, draft) of a case in one language into `dir`, over any earlier one. */
function packer(backend: ReturnType<typeof createBackend>, caseText: string, dir: string) {
  return (lang: Language | null) =>
    backend.handlers['case.pack']({
      caseText,
      formats: ['docx', 'pdf'],
      lang,
      guidance: false,
      final: false,
      attachCase: false,
      caseId: null,
      caseVersion: null,
      messageLang: 'nb',
      outFile: join(dir, `pack-${lang ?? 'case'}.zip`),
      overwrite: true,
    });
}

/** Child mode: makes the packs of a case in the languages given and reports its peak memory. */
async function packChild(
  templatesRoot: string,
  caseFile: string,
  outDir: string,
  order: PackOrder,
  langs: (Language | null)[],
): Promise<void> {
  const backend = createBackend({
    dataDir: mkdtempSync(join(tmpdir(), 'skyavtale-bench-data-')),
    templates: () => loadLibrary(templatesRoot),
    now: () => NOW,
  });
  const caseText = readFileSync(caseFile, 'utf8');
  const pack = packer(backend, caseText, outDir);
  if (order === 'together') await Promise.all(langs.map(pack));
  else for (const lang of langs) await pack(lang);
  process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

/** Peak memory (MB) of a process making the packs of a case in the languages given. */
function peakMemory(
  templatesRoot: string,
  caseFile: string,
  outDir: string,
  order: PackOrder,
  langs: (Language | null)[],
): number {
  mkdirSync(outDir, { recursive: true });
  const child = spawnSync(
    process.execPath,
    [
      process.argv[1] ?? '',
      '--pack-child',
      templatesRoot,
      caseFile,
      outDir,
      order,
      ...langs.map((lang) => lang ?? 'case'),
    ],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`pack child failed: ${child.stderr}`);
  return (JSON.parse(child.stdout) as { maxRssKb: number }).maxRssKb / 1024;
}

/** The nearest-rank percentile of times sorted ascending: p95 of two runs is the slower one. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

/** CPU time of each run of a task, by task name. */
const cpuSamples = new Map<string, number[]>();

/** A task that also records the CPU time of each run. */
function cpuTimed(name: string, fn: () => unknown): [string, () => Promise<void>] {
  return [
    name,
    async () => {
      const start = process.cpuUsage();
      await fn();
      const used = process.cpuUsage(start);
      const samples = cpuSamples.get(name) ?? [];
      samples.push((used.user + used.system) / 1000);
      cpuSamples.set(name, samples);
    },
  ];
}

const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

function rowsOf(bench: Bench, targets: Record<string, number>): Row[] {
  return bench.tasks.map((task: Task) => {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
    // tinybench keeps samples in the order they ran.
    const samples = [...(result.latency.samples ?? [])].sort((a, b) => a - b);
    return {
      name: task.name,
      median: result.latency.p50,
      p95: percentile(samples, 0.95),
      cpu: median(cpuSamples.get(task.name) ?? []),
      runs: samples.length,
      target: targets[task.name] ?? null,
    };
  });
}

/**
 * Runs a command `runs` times and times each run by wall clock (what a user waits for, start-up
 * included) and by the CPU time of the process and its children, from the shell's `times`.
 */
function timeProcess(
  command: string,
  args: string[],
  runs: number,
  /** Take the wall time the command prints (its work without its own start-up). */
  reportsWall = false,
): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const output = reportsWall ? '2>&1' : '>/dev/null 2>&1';
    const result = spawnSync('bash', ['-c', `${quoted} ${output} || exit 3; times`], {
      encoding: 'utf8',
    });
    const elapsed = performance.now() - start;
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed: ${result.stdout}`);
    const lines = result.stdout.trim().split('\n');
    wall.push(reportsWall ? Number(lines[lines.length - 3]) : elapsed);
    // `times` prints the shell's own times, then its children's: «0m1.234s 0m0.100s».
    const children = lines[lines.length - 1] ?? '';
    const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
      (m) => Number(m[1]) * 60 + Number(m[2]),
    );
    cpu.push(seconds.reduce((a, b) => a + b, 0) * 1000);
  }
  return { wall, cpu };
}

/** A row of whole processes: `command` is a program and its arguments. */
function processRow(name: string, runs: number, command: string[], target: number | null): Row {
  const [program = '', ...args] = command;
  const { wall, cpu } = timeProcess(program, args, runs);
  wall.sort((a, b) => a - b);
  return {
    name,
    median: percentile(wall, 0.5),
    p95: percentile(wall, 0.95),
    cpu: median(cpu),
    runs,
    target,
  };
}

/** CPU time (ms) so far of a process and all its descendants, from Linux's /proc. */
function treeCpuMs(rootPid: number): { ms: number; pids: number[] } {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command's name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while the list was read.
    }
  }
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++)
    for (const [pid, parent] of parents) if (parent === pids[i]) pids.push(pid);
  // Linux counts in clock ticks of 10 ms (USER_HZ is 100 on every architecture Node runs on).
  return { ms: pids.reduce((sum, pid) => sum + (ticks.get(pid) ?? 0), 0) * 10, pids };
}

/** A Python that has LibreOffice's UNO bridge (Debian's python3-uno is for the system one). */
function findUnoPython(): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0) return python;
  }
  return null;
}

/**
 * LibreOffice warm: one listener started once, converting the DOCX files over UNO in each run.
 * Wall time is the conversion's as the client measures it (not the client's own start); CPU time
 * is the listener's (all its processes) during the run plus the client's.
 */
async function libreOfficeWarm(
  soffice: string,
  python: string,
  files: string[],
  workDir: string,
  runs: number,
): Promise<{ wall: number[]; cpu: number[] }> {
  const port = String(20_000 + (process.pid % 10_000));
  const listener = spawn(
    soffice,
    [
      `-env:UserInstallation=file://${join(workDir, 'lo-profile')}`,
      '--headless',
      '--norestore',
      `--accept=socket,host=127.0.0.1,port=${port};urp;`,
    ],
    { stdio: 'ignore' },
  );
  const script = join(import.meta.dirname, '..', 'bench', 'libreoffice-convert.py');
  const outDir = join(workDir, 'lo-warm');
  mkdirSync(outDir, { recursive: true });
  const convert = (): { wall: number; clientCpu: number } => {
    const { wall, cpu } = timeProcess(python, [script, port, outDir, ...files], 1, true);
    return { wall: wall[0] ?? NaN, clientCpu: cpu[0] ?? NaN };
  };
  try {
    // The first conversion starts the listener's filters and fonts; later runs find them warm.
    convert();
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = treeCpuMs(listener.pid ?? -1).ms;
      const run = convert();
      wall.push(run.wall);
      cpu.push(treeCpuMs(listener.pid ?? -1).ms - before + run.clientCpu);
    }
    return { wall, cpu };
  } finally {
    for (const pid of treeCpuMs(listener.pid ?? -1).pids.reverse()) {
      try {
        process.kill(pid);
      } catch {
        // Already gone.
      }
    }
    await new Promise((resolve) => listener.once('exit', resolve));
  }
}

function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

function format(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3);
}

/**
 * Peak memory of the packs of a case of 500 requirements in nb, nn and en, in turn and together.
 * The bank is scaled from the shipped templates: the command-line rows point SKYAVTALE_TEMPLATES
 * at the scaled copy of the largest case, whose copied requirements would take the same numbers.
 */
function peakMemoryAt500(): { requirements: number; inTurnMb: number; togetherMb: number } {
  const workDir = mkdtempSync(join(tmpdir(), 'skyavtale-bench-500-'));
  const shipped = findTemplatesRoot({});
  const templates500 = scaledTemplates(shipped, loadLibrary(shipped).bank, 500);
  const case500 = CaseSchema.parse(largestCase(EXAMPLE, loadLibrary(templates500).bank));
  const case500File = join(workDir, 'case-500.json');
  writeFileSync(case500File, JSON.stringify(case500, null, 2));
  const threeLanguages: Language[] = ['nb', 'nn', 'en'];
  return {
    requirements: case500.requirements.length,
    inTurnMb: peakMemory(
      templates500,
      case500File,
      join(workDir, 'rss'),
      'in-turn',
      threeLanguages,
    ),
    togetherMb: peakMemory(
      templates500,
      case500File,
      join(workDir, 'rss'),
      'together',
      threeLanguages,
    ),
  };
}

/** `--memory`: only the peak-memory rows, each in a process of its own (a minute or two). */
function memoryOnly(): void {
  const templatesRoot = scaledTemplates(
    findTemplatesRoot(),
    loadLibrary().bank,
    LARGEST_REQUIREMENT_COUNT,
  );
  const workDir = mkdtempSync(join(tmpdir(), 'skyavtale-bench-'));
  const caseFile = join(workDir, 'largest-case.json');
  writeFileSync(
    caseFile,
    JSON.stringify(
      CaseSchema.parse(largestCase(EXAMPLE, loadLibrary(templatesRoot).bank)),
      null,
      2,
    ),
  );
  const peakRssMb = peakMemory(templatesRoot, caseFile, join(workDir, 'rss'), 'in-turn', [null]);
  process.stdout.write(peakMemoryText(peakRssMb, peakMemoryAt500()));
}

function peakMemoryText(
  peakRssMb: number,
  peakRss500: ReturnType<typeof peakMemoryAt500> | null,
): string {
  return (
    `Peak memory making the largest pack: ${peakRssMb.toFixed(0)} MB\n` +
    (peakRss500
      ? `Peak memory making the packs of ${peakRss500.requirements} requirements in nb, nn and en: ` +
        `${peakRss500.inTurnMb.toFixed(0)} MB one after another, ${peakRss500.togetherMb.toFixed(0)} MB all at once (target < 300 MB)\n`
      : 'Peak memory at 500 requirements in three languages: not measured in the quick run\n')
  );
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const workDir = mkdtempSync(join(tmpdir(), 'skyavtale-bench-'));
  const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'skyavtale-bench');
  mkdirSync(cacheDir, { recursive: true });

  const templatesRoot = scaledTemplates(
    findTemplatesRoot(),
    loadLibrary().bank,
    LARGEST_REQUIREMENT_COUNT,
  );
  const library = loadLibrary(templatesRoot);
  const c: Case = CaseSchema.parse(largestCase(EXAMPLE, library.bank));
  const caseText = JSON.stringify(c, null, 2);
  const caseFile = join(workDir, 'largest-case.json');
  writeFileSync(caseFile, caseText);
  const fonts = loadPdfFonts();
  const catalog = catalogOf(library);
  const render = (documents: ReturnType<typeof buildDocuments>, formats: OutputFormat[]) =>
    renderDocuments(documents, fonts, {
      formats,
      status: 'draft',
      caseVersion: null,
      caseReference: c.reference,
      date: NOW,
      attachCase: null,
    });
  const options = { lang: 'nb' as Language, guidance: false };
  const documents = buildDocuments(c, library, options);
  const allLanguages = (['nb', 'nn', 'en'] as const).flatMap((lang) =>
    buildDocuments(c, library, { lang, guidance: false }),
  );
  const backend = createBackend({
    dataDir: join(workDir, 'preview-data'),
    templates: () => library,
    now: () => NOW,
  });
  const pack = packer(backend, caseText, workDir);

  const targets: Record<string, number> = {
    'largest case: all documents, DOCX + PDF, nb': 300,
    'preview after one field change': 30,
    'validate + NIS2 coverage (150 requirements)': 5,
    'store: open': 50,
    'store: list a page of matters': 5,
    'store: search': 20,
    'cold CLI: generate largest case (DOCX + PDF)': 1000,
  };
  const light = new Bench({
    time: quick ? 100 : 1500,
    warmupTime: quick ? 20 : 300,
    retainSamples: true,
  });
  // Whole packs take seconds each: a few runs give a stable median.
  const heavy = new Bench({
    time: 0,
    iterations: quick ? 1 : 6,
    warmupIterations: quick ? 0 : 1,
    retainSamples: true,
  });

  light
    .add(
      ...cpuTimed(
        'assemble: the contract set (agreement, 12 appendices, DPA, requirements)',
        () => {
          buildDocuments(c, library, options);
        },
      ),
    )
    .add(
      ...cpuTimed('validate + NIS2 coverage (150 requirements)', () => {
        const parsed = parseCaseText(caseText, 'nb');
        validateCase(parsed.value, catalog, 'nb');
        coverage(
          library.bank,
          c.requirements.map((r) => r.id),
          'nis2',
        );
      }),
    );
  let edits = 0;
  light.add(
    ...cpuTimed('preview after one field change', async () => {
      edits += 1;
      await backend.handlers['case.preview']({
        caseText: caseText.replace('"title": "', `"title": "${edits} `),
        lang: null,
        messageLang: 'nb',
      });
    }),
  );

  heavy
    .add(...cpuTimed('render: DOCX, all documents, nb', () => render(documents, ['docx'])))
    .add(...cpuTimed('render: PDF, all documents, nb', () => render(documents, ['pdf'])))
    .add(
      ...cpuTimed('largest case: all documents, DOCX + PDF, nb', async () => {
        await render(buildDocuments(c, library, options), ['docx', 'pdf']);
      }),
    )
    .add(...cpuTimed('pack: zip with manifest, nb', () => pack('nb')));
  // The quick run keeps to one language.
  if (!quick) {
    heavy
      .add(
        ...cpuTimed('render: DOCX + PDF, all documents, nb + nn + en', () =>
          render(allLanguages, ['docx', 'pdf']),
        ),
      )
      .add(
        ...cpuTimed('pack: zip with manifest, nb + nn + en', async () => {
          await Promise.all([pack('nb'), pack('nn'), pack('en')]);
        }),
      );
  }

  process.stdout.write(`Measuring in process (${quick ? 'quick' : 'full'} run)…\n`);
  await light.run();
  await heavy.run();
  const rows = [...rowsOf(light, targets), ...rowsOf(heavy, targets)];

  // The library at scale.
  const cases = quick ? 400 : 10_000;
  const versionsPerCase = 5;
  process.stdout.write(
    `Preparing a library of ${cases} cases and ${cases * versionsPerCase} versions…\n`,
  );
  const dataDir = libraryFixture(cacheDir, readFileSync(EXAMPLE, 'utf8'), cases, versionsPerCase);
  const context = { now: () => NOW, author: () => 'Benk Benksen' };
  const store = new Bench({
    time: quick ? 100 : 1500,
    warmupTime: quick ? 20 : 300,
    retainSamples: true,
  });
  const folder = LibraryFolder.open(dataDir, context);
  const searchWords = ['Bærum', 'analyse*', 'databehandl*', 'skjemaløsning'];
  let searches = 0;
  store
    .add(
      ...cpuTimed('store: open', () => {
        LibraryFolder.open(dataDir, context).close();
      }),
    )
    .add(
      ...cpuTimed('store: list a page of matters', () => {
        folder.store.listMatters({ page: 3, pageSize: 50, status: null });
      }),
    )
    .add(
      ...cpuTimed('store: search', () => {
        folder.store.search(searchWords[searches++ % searchWords.length] ?? '', 20);
      }),
    )
    .add(
      ...cpuTimed('store: save a version', () => {
        folder.store.saveVersion(1, caseText, null);
      }),
    );
  await store.run();
  rows.push(...rowsOf(store, targets));
  folder.close();

  // Whole processes: what a user of the command line waits for. Without NODE_EXTRA_CA_CERTS,
  // which bin/skyavtale drops (see there): where it names the system's certificates, every Node
  // process reads and parses them as it starts, and the rows that start Node themselves would
  // measure that too. Without NODE_OPTIONS, under which bin/skyavtale runs the bundle.
  delete process.env.NODE_EXTRA_CA_CERTS;
  delete process.env.NODE_OPTIONS;
  const cliRuns = quick ? 1 : 10;
  process.env.SKYAVTALE_TEMPLATES = templatesRoot;
  // A data folder of the benchmark's own, so that what the user's folder holds (the parsed
  // templates of another template folder, say) cannot change a row.
  process.env.SKYAVTALE_DATA = join(workDir, 'cli-data');
  // As a user starts it: bin/skyavtale, which starts the commands from the snapshot the build made
  // (electron/cli/snapshot.ts).
  rows.push(
    processRow('cold CLI: skyavtale --version', cliRuns, ['bin/skyavtale', '--version'], null),
  );
  // Each run writes over the last one's set.
  const generate = (format: string, out: string): string[] => [
    'generate',
    caseFile,
    '--format',
    format,
    '--out',
    join(workDir, out),
    '--force',
  ];
  // An untimed run fills the data folder's cache of parsed templates, as the rows find it.
  timeProcess('bin/skyavtale', generate('docx,pdf', 'cli-out'), 1);
  rows.push(
    processRow(
      'cold CLI: generate largest case (DOCX + PDF)',
      cliRuns,
      ['bin/skyavtale', ...generate('docx,pdf', 'cli-out')],
      targets['cold CLI: generate largest case (DOCX + PDF)'] ?? null,
    ),
  );
  // Without the snapshot (another Node, or Windows): the bundle, with the code its last run
  // compiled (electron/cli/code-cache.ts). The first run after an install has none and writes it,
  // as LibreOffice's first start sets up its profile.
  const fromBundle = [process.execPath, 'bin/skyavtale.cjs', ...generate('docx,pdf', 'cli-out')];
  rmSync(codeCacheFile('generate'), { force: true });
  rows.push(
    processRow(
      'cold CLI from the bundle: generate, first run (no code cache yet)',
      1,
      fromBundle,
      null,
    ),
    processRow(
      'cold CLI from the bundle: generate largest case (DOCX + PDF)',
      cliRuns,
      fromBundle,
      null,
    ),
  );

  // LibreOffice on an equal basis, cold against cold: our command line making the PDFs of the
  // largest case, against one LibreOffice process converting the same documents' DOCX files.
  const coldPdf = processRow(
    'cold CLI: generate --format pdf, largest case',
    cliRuns,
    ['bin/skyavtale', ...generate('pdf', 'cli-pdf')],
    null,
  );
  rows.push(coldPdf);
  let libreOffice: { wall: number; cpu: number; wallRatio: number; cpuRatio: number } | null = null;
  let libreOfficeWarmRatio: { wall: number; cpu: number } | 'no UNO' | null = null;
  // The quick run leaves LibreOffice out: two of its starts take longer than the rest of the run.
  const soffice = quick ? null : findSoffice();
  if (soffice) {
    const docxDir = join(workDir, 'docx-set');
    mkdirSync(docxDir, { recursive: true });
    const docxFiles = (await render(documents, ['docx'])).map((f) => {
      const path = join(docxDir, f.name);
      writeFileSync(path, f.bytes);
      return path;
    });
    const convert = (): string[] => [
      `-env:UserInstallation=file://${join(workDir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(workDir, 'lo'),
      ...docxFiles,
    ];
    // The first start of a fresh profile sets it up; a user's LibreOffice has done that long ago.
    timeProcess(soffice, convert(), 1);
    const { wall, cpu } = timeProcess(soffice, convert(), quick ? 1 : 3);
    wall.sort((x, y) => x - y);
    const row: Row = {
      name: `LibreOffice cold: DOCX → PDF, the same ${docxFiles.length} documents`,
      median: percentile(wall, 0.5),
      p95: percentile(wall, 0.95),
      cpu: median(cpu),
      runs: wall.length,
      target: null,
    };
    rows.push(row);
    libreOffice = {
      wall: row.median,
      cpu: row.cpu,
      wallRatio: row.median / coldPdf.median,
      cpuRatio: row.cpu / coldPdf.cpu,
    };

    // Warm against warm: a running LibreOffice against our renderer in a running process.
    const python = findUnoPython();
    const ourWarm = rows.find((r) => r.name === 'render: PDF, all documents, nb');
    if (python && ourWarm) {
      const warm = await libreOfficeWarm(soffice, python, docxFiles, workDir, 3);
      const sorted = [...warm.wall].sort((x, y) => x - y);
      const warmRow: Row = {
        name: `LibreOffice warm (listener, UNO): DOCX → PDF, the same ${docxFiles.length} documents`,
        median: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        cpu: median(warm.cpu),
        runs: sorted.length,
        target: null,
      };
      rows.push(warmRow);
      libreOfficeWarmRatio = {
        wall: warmRow.median / ourWarm.median,
        cpu: warmRow.cpu / ourWarm.cpu,
      };
    } else libreOfficeWarmRatio = 'no UNO';
  }

  // Peak memory, each in a process of its own: the largest pack, and the packs of a case of
  // 500 requirements in all three languages at once.
  const peakRssMb = peakMemory(templatesRoot, caseFile, join(workDir, 'rss'), 'in-turn', [null]);
  // The quick run leaves it out: three packs of 500 requirements take half a minute each.
  const peakRss500 = quick ? null : peakMemoryAt500();

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  const results = {
    date: new Date().toISOString(),
    quick,
    machine,
    largestCase: {
      requirements: c.requirements.length,
      subprocessors: c.dpa?.subprocessors.length ?? 0,
      documents: documents.length,
    },
    store: { cases, versions: cases * versionsPerCase },
    rows,
    libreOffice,
    libreOfficeWarmRatio,
    peakRssMb,
    peakRss500,
  };
  if (!quick) writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  const width = Math.max(...rows.map((r) => r.name.length));
  process.stdout.write(
    `\n${'operation'.padEnd(width)}  ${'wall ms'.padStart(9)}  ${'p95 ms'.padStart(9)}  ${'CPU ms'.padStart(9)}  ${'runs'.padStart(4)}  target (on CPU time)\n`,
  );
  for (const r of rows) {
    const target =
      r.target === null ? '' : `< ${r.target} ms ${r.cpu < r.target ? 'ok' : 'MISSED'}`;
    process.stdout.write(
      `${r.name.padEnd(width)}  ${format(r.median).padStart(9)}  ${format(r.p95).padStart(9)}  ${format(r.cpu).padStart(9)}  ${String(r.runs).padStart(4)}  ${target}\n`,
    );
  }
  process.stdout.write(
    `\nLibreOffice, cold against cold (the same PDF set): ${
      libreOffice
        ? `ours is ${libreOffice.wallRatio.toFixed(1)}× faster by wall clock, ${libreOffice.cpuRatio.toFixed(1)}× by CPU time (target ≥ 5×)`
        : quick
          ? 'not measured in the quick run'
          : 'LibreOffice not installed'
    }\n` +
      `LibreOffice, warm against warm (its listener over UNO; our «render: PDF» row): ${
        libreOfficeWarmRatio === null
          ? quick
            ? 'not measured in the quick run'
            : 'LibreOffice not installed'
          : libreOfficeWarmRatio === 'no UNO'
            ? 'not measured: no Python with LibreOffice’s UNO bridge (Debian: python3-uno)'
            : `ours is ${libreOfficeWarmRatio.wall.toFixed(1)}× faster by wall clock, ${libreOfficeWarmRatio.cpu.toFixed(1)}× by CPU time (target ≥ 10×)`
      }\n` +
      peakMemoryText(peakRssMb, peakRss500) +
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}\n` +
      (quick ? '(quick run: results.json not written)\n' : 'Written to bench/results.json\n'),
  );
}

if (process.argv[2] === '--pack-child') {
  const [templatesRoot, caseFile, outDir, order, ...langs] = process.argv.slice(3) as [
    string,
    string,
    string,
    PackOrder,
    ...string[],
  ];
  await packChild(
    templatesRoot,
    caseFile,
    outDir,
    order,
    langs.map((lang) => (lang === 'case' ? null : (lang as Language))),
  );
} else if (process.argv.includes('--memory')) {
  memoryOnly();
} else {
  await main();
}

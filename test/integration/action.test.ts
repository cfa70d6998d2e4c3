/**
 * The GitHub Action end to end: the committed bundle (action/dist/), run as action.yml runs it
 * (`node "$GITHUB_ACTION_PATH/action/run.mjs"`), under a simulated runner: a pull_request event
 * payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE and the TOPICLINT_* inputs.
 *
 * The action folder is copied out of this repository first (action.yml, action/, policies/), the way
 * the runner downloads an action: no node_modules anywhere above it, so the bundle has to find its
 * wasm grammars and worker by itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireSarifValidator } from '../helpers/sarif-schema.js';
import { commitAll, git, parseOutputs, remove, REPO_ROOT, tempDir, write } from './helpers.js';

const BUNDLE = path.join(REPO_ROOT, 'action/dist/action.js');

const BASE_TOPICS = `topics:
  - topic: orders.created.v1
    partitions: 6
    replicationFactor: 3
    config:
      min.insync.replicas: 2
`;
// The pull request: fewer partitions (a change rule), a new topic with replication factor 1.
const HEAD_TOPICS = `topics:
  - topic: orders.created.v1
    partitions: 3
    replicationFactor: 3
    config:
      min.insync.replicas: 2
  - topic: orders.shipped.v1
    partitions: 3
    replicationFactor: 1
`;
const TERRAFORM = `resource "kafka_topic" "payments" {
  name               = "payments.v1"
  replication_factor = 3
  partitions         = 6
  config = {
    "min.insync.replicas" = 2
  }
}
`;
const SPRING = `spring:
  kafka:
    producer:
      acks: 1
    template:
      default-topic: orders.unknown.v1
`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarifPath: string;
}

describe.skipIf(!existsSync(BUNDLE))('GitHub Action (bundled) under a simulated pull_request run', () => {
  let actionPath = '';
  let workspace = '';
  let runnerTemp = '';
  let baseSha = '';
  let headSha = '';
  let n = 0;

  beforeAll(() => {
    actionPath = tempDir('topiclint-action-path-');
    for (const p of ['action.yml', 'action', 'policies']) cpSync(path.join(REPO_ROOT, p), path.join(actionPath, p), { recursive: true });
    workspace = tempDir('topiclint-workspace-');
    runnerTemp = tempDir('topiclint-runner-');
    git(workspace, 'init', '-q');
    write(workspace, {
      'kafka/topics.yaml': BASE_TOPICS,
      'infra/payments.tf': TERRAFORM,
      // Keeps the finding count small enough that every error becomes an annotation (10 per level).
      'topiclint.config.yaml': 'rules:\n  ownership-metadata: off\n',
    });
    baseSha = commitAll(workspace, 'base');
    git(workspace, 'checkout', '-q', '-b', 'feature/orders');
    write(workspace, { 'kafka/topics.yaml': HEAD_TOPICS, 'svc/application.yml': SPRING });
    headSha = commitAll(workspace, 'head');
  });

  afterAll(() => {
    for (const d of [actionPath, workspace, runnerTemp]) if (d) remove(d);
  });

  /** One run of the action's first step, as action.yml runs it. */
  function runAction(inputs: Record<string, string>): Run {
    n++;
    const eventPath = path.join(runnerTemp, `event-${n}.json`);
    const repository = { id: 1, name: 'catalog', full_name: 'acme/catalog', default_branch: 'main', private: false, owner: { login: 'acme', type: 'Organization' } };
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          state: 'open',
          title: 'Ship orders',
          user: { login: 'dev' },
          head: { ref: 'feature/orders', sha: headSha, label: 'acme:feature/orders', repo: repository },
          base: { ref: 'main', sha: baseSha, label: 'acme:main', repo: repository },
          draft: false,
          merged: false,
        },
        repository,
        sender: { login: 'dev', type: 'User' },
      }),
    );
    const outputFile = path.join(runnerTemp, `output-${n}`);
    const summaryFile = path.join(runnerTemp, `summary-${n}.md`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const sarifFile = inputs['TOPICLINT_SARIF_FILE'] ?? `reports/topiclint-${n}.sarif`;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_BASE_REF: 'main',
      GITHUB_HEAD_REF: 'feature/orders',
      GITHUB_SHA: headSha,
      GITHUB_REPOSITORY: 'acme/catalog',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_ACTION_PATH: actionPath,
      RUNNER_TEMP: runnerTemp,
      // The defaults action.yml passes when the workflow gives no `with:`.
      TOPICLINT_PATHS: '.',
      TOPICLINT_CONFIG: '',
      TOPICLINT_BASE_REF: '',
      TOPICLINT_FAIL_ON: 'error',
      TOPICLINT_ANNOTATIONS: 'true',
      TOPICLINT_BASELINE: '',
      ...inputs,
      TOPICLINT_SARIF_FILE: sarifFile,
    };
    const r = spawnSync(process.execPath, [path.join(actionPath, 'action/run.mjs')], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
    return {
      status: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      sarifPath: path.join(workspace, sarifFile),
    };
  }

  interface SarifResult {
    ruleId: string;
    level: string;
    suppressions?: unknown[];
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn: number } } }[];
  }
  const resultsOf = (sarifPath: string): SarifResult[] => (JSON.parse(readFileSync(sarifPath, 'utf8')) as { runs: { results: SarifResult[] }[] }).runs.flatMap((r) => r.results);

  describe('with the default inputs', () => {
    let run: Run;
    beforeAll(() => {
      run = runAction({});
    }, 90_000);

    it('exits 0 although there are errors, and reports exit-code 1 for the fail step', () => {
      expect(run.stderr).not.toContain('internal error');
      expect(run.status).toBe(0);
      expect(run.outputs['exit-code']).toBe('1');
    });

    it('writes a SARIF file that validates against the SARIF 2.1.0 schema', (ctx) => {
      expect(existsSync(run.sarifPath)).toBe(true);
      const validate = requireSarifValidator(ctx);
      const ok = validate(JSON.parse(readFileSync(run.sarifPath, 'utf8')));
      expect(validate.errors ?? null).toBeNull();
      expect(ok).toBe(true);
    });

    it('finds what the pull request introduced, in YAML, Spring and Terraform, compared with the PR base from the event', () => {
      const results = resultsOf(run.sarifPath);
      const at = (ruleId: string) => results.filter((r) => r.ruleId === ruleId).map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`);
      expect(at('replication-factor')).toEqual(['kafka/topics.yaml:9']);
      expect(at('unknown-topic')).toEqual(['svc/application.yml:6']);
      expect(at('producer-acks')).toEqual(['svc/application.yml:4']);
      // Terraform is read by the wasm grammar shipped beside the bundle.
      expect(at('topic-naming')).toContain('infra/payments.tf:2');
      // A change rule: only possible with the base commit named in the event payload.
      expect(at('partition-decrease')).toEqual(['kafka/topics.yaml:3']);
      expect(run.summary).toContain('compared with origin/main');
    });

    it('writes the four outputs to GITHUB_OUTPUT, with the counts of the SARIF file', () => {
      const results = resultsOf(run.sarifPath).filter((r) => !r.suppressions?.length);
      const errors = results.filter((r) => r.level === 'error').length;
      const warnings = results.filter((r) => r.level === 'warning').length;
      expect(errors).toBeGreaterThanOrEqual(5);
      expect(warnings).toBeGreaterThanOrEqual(1);
      expect(Object.keys(run.outputs).sort()).toEqual(['errors', 'exit-code', 'sarif-file', 'warnings']);
      expect(run.outputs).toEqual({ 'sarif-file': `reports/topiclint-1.sarif`, errors: String(errors), warnings: String(warnings), 'exit-code': '1' });
    });

    it('prints one escaped ::error annotation per error on stdout, at the exact range', () => {
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
      expect(errors).toHaveLength(Number(run.outputs['errors']));
      expect(run.stdout).toContain('::error file=kafka/topics.yaml,line=9,endLine=9,col=24,endColumn=25,title=topiclint%3A replication-factor::Topic "orders.shipped.v1"');
      expect(run.stdout).toContain('::error file=svc/application.yml,line=6,endLine=6,col=22,endColumn=39,title=topiclint%3A unknown-topic::');
      expect(run.stdout).toMatch(/^::warning file=infra\/payments\.tf,line=2,.*topic-naming::/m);
      // Nothing else on stdout: every line is a workflow command of ours.
      expect(run.stdout.split('\n').filter((l) => l && !/^::(error|warning|notice) file=/.test(l))).toEqual([]);
    });

    it('appends the job summary with the per-rule table and every finding', () => {
      expect(run.summary).toContain('## topiclint');
      expect(run.summary).toContain('| Rule | Errors | Warnings | Notes |');
      expect(run.summary).toContain('| replication-factor | 1 | 0 | 0 |');
      expect(run.summary).toContain('| unknown-topic | 1 | 0 | 0 |');
      expect(run.summary).toContain('| partition-decrease |');
      expect(run.summary).toContain('| kafka/topics.yaml:9:24 | error | replication-factor |');
      const rows = run.summary.split('\n').filter((l) => /^\| [^|]+:\d+:\d+ \|/.test(l));
      expect(rows).toHaveLength(resultsOf(run.sarifPath).length);
    });
  });

  it('with fail-on none: exit-code 0, the same report', () => {
    const run = runAction({ TOPICLINT_FAIL_ON: 'none' });
    expect(run.status).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
    expect(Number(run.outputs['errors'])).toBeGreaterThanOrEqual(5);
    expect(existsSync(run.sarifPath)).toBe(true);
  }, 90_000);

  it('with fail-on warning and annotations off: exit-code 1, no workflow commands on stdout', () => {
    const run = runAction({ TOPICLINT_FAIL_ON: 'warning', TOPICLINT_ANNOTATIONS: 'false', TOPICLINT_PATHS: 'infra' });
    expect(run.status).toBe(0);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['errors']).toBe('0');
    expect(Number(run.outputs['warnings'])).toBeGreaterThanOrEqual(1);
    expect(run.stdout).not.toContain('::');
  }, 90_000);

  it('with base-ref none: no comparison, so no change-rule finding', () => {
    const run = runAction({ TOPICLINT_BASE_REF: 'none' });
    expect(run.status).toBe(0);
    expect(resultsOf(run.sarifPath).map((r) => r.ruleId)).not.toContain('partition-decrease');
    expect(resultsOf(run.sarifPath).map((r) => r.ruleId)).toContain('replication-factor');
  }, 90_000);

  it('a bad input still exits 0 here; exit-code 2 and an empty sarif-file make the fail step fail, the upload skip', () => {
    const run = runAction({ TOPICLINT_FAIL_ON: 'sometimes' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('--fail-on must be error, warning, note or none');
    expect(run.outputs).toEqual({ 'sarif-file': '', errors: '0', warnings: '0', 'exit-code': '2' });
  }, 90_000);
});

describe.runIf(!existsSync(BUNDLE))('GitHub Action bundle', () => {
  it('is committed (action/dist/action.js)', () => {
    expect.fail('action/dist/ is missing: run `npm run bundle` and commit action/dist/.');
  });
});

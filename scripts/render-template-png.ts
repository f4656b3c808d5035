/**
 * Renders a filled report template the way it prints: spec -> .xlsx (writeXlsx) -> PDF (LibreOffice)
 * -> PNG (pdftoppm), saved as docs/template-filled.png. Run: `node bin/run-ts.js scripts/render-template-png.ts`.
 * Needs `soffice` and `pdftoppm` on the PATH.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildReportTemplate, type ReportFill } from '../src/core/template/report-template';
import { defaultSettings } from '../src/plans/de-an-04/default-settings';
import { deAn04 } from '../src/plans/de-an-04/plan';
import { writeXlsx } from '../src/xlsx/write-xlsx';

const YEAR = 2025;
const AS_OF = '2025-12-12';

/** Plausible figures for the first sample unit: most targets met, one not, one date still missing. */
const sampleFill: ReportFill = {
  reportDate: '2025-12-10',
  preparer: 'Nguyễn Thị Lan',
  values: {
    ii1_plan: { value: true, date: '2021-12-20' },
    ii1_dissemination: { value: true, date: '2022-01-18' },
    ii2_directives: { value: true },
    ii2_study_article: { value: true, date: '2025-10-14' },
    ii3_ontime: { value: 1184, den: 1203, note: '19 hồ sơ trễ hạn do chờ ý kiến liên ngành' },
    ii3_satisfaction: { value: 96.4 },
    ii3_published: { value: 142, den: 142 },
    ii4_model_dvk: { value: 2, date: '2025-06-30', note: 'Mô hình “Một cửa thân thiện”' },
    ii4_bright_dvcq: { value: 1 },
    ii4_bright_qcdc: { value: 0, note: 'Đang hoàn thiện hồ sơ' },
    ii5_regulation: { value: true, date: '2022-05-09' },
    ii5_leader: { value: 1 },
    ii5_cadres: { value: 2 },
    ii5_training: { value: 1 },
    ii6_review: { value: false },
    ii6_commended_collectives: { value: 3 },
    ii6_commended_individuals: { value: 12 },
    iii2_steering_board: { value: true },
    iii4_conference: { value: true },
    iii4_democracy_posted: { value: true },
    iii4_inspection_board: { value: true },
    iii4_code_of_conduct: { value: true },
    iii5_models_admin: { value: 1 },
    iii5_models_citizens: { value: 1 },
    iii5_models_economy: { value: 0 },
    iii5_models_security: { value: 0 },
  },
};

async function main(): Promise<void> {
  const settings = defaultSettings(AS_OF);
  const unit = settings.units[0];
  if (!unit) throw new Error('No sample unit');
  const spec = buildReportTemplate(deAn04, settings, unit, YEAR, { fill: sampleFill });
  const dir = mkdtempSync(join(tmpdir(), 'baocao-render-'));
  try {
    const xlsx = join(dir, 'template.xlsx');
    writeFileSync(xlsx, await writeXlsx([spec]));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-singlefile',
      join(dir, 'template.pdf'),
      join(dir, 'page'),
    ]);
    const out = resolve(__dirname, '..', 'docs', 'template-filled.png');
    copyFileSync(join(dir, 'page.png'), out);
    console.log(`Wrote ${out}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

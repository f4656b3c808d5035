import type { Plan } from '../../src/core/plan/plan-types';
import type { Settings, Unit } from '../../src/core/settings/settings-types';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { buildReportTemplate, type ReportFill } from '../../src/core/template/report-template';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { editZip } from './file-tools';

/**
 * The one valid, fully filled report every bad file is made from: unit DV001 (handles
 * administrative procedures), year 2025, every target met, dated 10/12/2025, read as of 31/12/2025.
 */

export const AS_OF = '2025-12-31';
export const YEAR = 2025;
export const UNIT_CODE = 'DV001';

export function fixtureContext(): { plan: Plan; settings: Settings; unit: Unit } {
  const settings = defaultSettings(AS_OF);
  const unit = settings.units.find((u) => u.code === UNIT_CODE);
  if (!unit) throw new Error(`${UNIT_CODE} is not in the default units`);
  return { plan: deAn04, settings, unit };
}

export function validFill(): ReportFill {
  return {
    unitName: 'Đảng bộ Văn phòng UBND tỉnh',
    reportDate: '2025-12-10',
    preparer: 'Nguyễn Thị Lan',
    values: {
      ii1_plan: { value: true, date: '2022-01-10' },
      ii1_dissemination: { value: true, date: '2022-01-20' },
      ii2_directives: { value: true },
      ii2_study_article: { value: true, date: '2025-10-15' },
      ii3_ontime: { value: 990, den: 1000 },
      ii3_satisfaction: { value: 95.5 },
      ii3_published: { value: 120, den: 120 },
      ii4_model_dvk: { value: 2, date: '2025-03-15' },
      ii4_bright_dvcq: { value: 1 },
      ii4_bright_qcdc: { value: 1 },
      ii5_regulation: { value: true, date: '2022-03-01' },
      ii5_leader: { value: 1 },
      ii5_cadres: { value: 2 },
      ii5_training: { value: 1, date: '2025-06-12' },
      ii6_review: { value: true, date: '2025-12-05' },
      ii6_commended_collectives: { value: 3 },
      ii6_commended_individuals: { value: 12, note: 'Khen thưởng tại hội nghị tổng kết' },
      iii2_steering_board: { value: true },
      iii4_conference: { value: true },
      iii4_democracy_posted: { value: true },
      iii4_inspection_board: { value: true },
      iii4_code_of_conduct: { value: true },
      iii5_models_admin: { value: 1 },
      iii5_models_citizens: { value: 0 },
      iii5_models_economy: { value: 1 },
      iii5_models_security: { value: 0 },
    },
  };
}

export function validReportSpec(fill: ReportFill = validFill()): SheetSpec {
  const { plan, settings, unit } = fixtureContext();
  return buildReportTemplate(plan, settings, unit, YEAR, { fill });
}

/** Written by the real writer, then re-zipped with fixed timestamps so the bytes never vary. */
export async function validReportBytes(specs: SheetSpec[] = [validReportSpec()]): Promise<Uint8Array> {
  const bytes = await writeXlsx(specs, { created: '2025-12-10' });
  return editZip(bytes, () => undefined);
}

import type { Unit } from '../settings/settings-types';

/**
 * The unit list of a sample batch: the first `count` units of a registry (the 70 fictitious
 * units of the plan), then further fictitious units made from the index alone, so the same count
 * always gives the same list whatever the seed. A merge that points outside the list is dropped
 * (the unit keeps its last year), so the list always passes the settings' checks.
 */
export function sampleUnitList(registry: readonly Unit[], count: number): Unit[] {
  const n = Math.max(0, Math.floor(count));
  const units: Unit[] = registry.slice(0, n).map((u) => ({ ...u, aliases: [...u.aliases] }));
  const codes = new Set(units.map((u) => u.code));
  const start = units.length;
  for (let i = start; i < n; i++) {
    const u = extraUnit(i, i - start, codes);
    codes.add(u.code);
    units.push(u);
  }
  return units.map((u) => {
    if (u.mergedInto === undefined || codes.has(u.mergedInto)) return u;
    const { mergedInto: _dropped, ...rest } = u;
    return rest;
  });
}

// Kinds of provincial bodies and fields, for names like "Chi bộ Trung tâm Kiểm định xây dựng số 2".
const BODIES: [string, boolean][] = [
  ['Trung tâm', true],
  ['Ban Quản lý', false],
  ['Chi cục', true],
  ['Trường', false],
  ['Viện', false],
  ['Quỹ', false],
];
const FIELDS = [
  'Kiểm định xây dựng',
  'Quan trắc tài nguyên và môi trường',
  'Khuyến nông',
  'Đăng kiểm phương tiện',
  'Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm',
  'Giống cây trồng',
  'Bảo trợ xã hội',
  'Điều dưỡng người có công',
  'Lưu trữ lịch sử',
  'Phát triển hạ tầng khu công nghiệp',
  'Hỗ trợ doanh nghiệp nhỏ và vừa',
  'Đào tạo nghề',
];

/** The unit at list index `i`, the k-th generated one: codes continue the registry's. */
function extraUnit(i: number, k: number, taken: ReadonlySet<string>): Unit {
  let n = i + 1;
  let code = `DV${String(n).padStart(3, '0')}`;
  while (taken.has(code)) code = `DV${String(++n).padStart(3, '0')}`;
  const [body, tthc] = BODIES[k % BODIES.length] as [string, boolean];
  const field = FIELDS[Math.floor(k / BODIES.length) % FIELDS.length] as string;
  const round = Math.floor(k / (BODIES.length * FIELDS.length));
  const chiBo = k % 3 !== 0;
  const name = `${chiBo ? 'Chi bộ' : 'Đảng bộ'} ${body} ${field}${round > 0 ? ` số ${round + 1}` : ''}`;
  // None of these bodies is a sở, ban, ngành; those that handle procedures resolve and publish them.
  return {
    code,
    name,
    kind: chiBo ? 'chi-bo-co-so' : 'dang-bo-co-so',
    resolvesTthc: tthc,
    publishesTthc: tthc,
    isDepartment: false,
    aliases: [],
  };
}

import type { PlanInput } from '../model/plan';
import { QUANG_NAM_CODE } from './quang-nam-units';

/**
 * Quảng Nam's plan on GBV prevention and response, 2021–2025, as data: the five indicators of
 * ARCHITECTURE.md with their 2025 targets. A 2026–2030 plan is a copy with new years and targets.
 */
export const QUANG_NAM_PLAN_2021_2025: PlanInput = {
  code: 'QNAM-GBV-2021-2025',
  name: 'Kế hoạch phòng, chống bạo lực trên cơ sở giới tỉnh Quảng Nam giai đoạn 2021–2025',
  unitCode: QUANG_NAM_CODE,
  fromYear: 2021,
  toYear: 2025,
  indicators: [
    {
      code: 'I1',
      name: 'Cán bộ chính quyền các cấp, các ngành, đoàn thể được nâng cao nhận thức, trách nhiệm về phòng, chống bạo lực trên cơ sở giới',
      computation: { kind: 'distinctTrainedShare', categories: ['official'] },
      unit: 'percent',
      targets: [{ year: 2025, value: 80, comparator: '>=' }],
    },
    {
      code: 'I2',
      name: 'Cán bộ làm công tác bình đẳng giới, cộng tác viên, tình nguyện viên được tập huấn về phòng, chống bạo lực trên cơ sở giới',
      computation: {
        kind: 'distinctTrainedShare',
        categories: ['gender_equality_staff', 'collaborator', 'volunteer'],
      },
      unit: 'percent',
      targets: [{ year: 2025, value: 100, comparator: '>=' }],
    },
    {
      code: 'I3',
      name: 'Cơ sở giáo dục lồng ghép truyền thông phòng, chống bạo lực trên cơ sở giới, bạo lực học đường vào các hoạt động',
      computation: { kind: 'schoolsWithActivityShare' },
      unit: 'percent',
      targets: [{ year: 2025, value: 100, comparator: '>=' }],
    },
    {
      code: 'I4',
      name: 'Người bị bạo lực trên cơ sở giới tìm kiếm sự trợ giúp từ các cơ quan cung cấp dịch vụ',
      computation: { kind: 'casesSoughtHelpShare' },
      unit: 'percent',
      targets: [{ year: 2025, value: 50, comparator: '>=' }],
    },
    {
      code: 'I5',
      name: 'Trường hợp có nhu cầu trợ giúp được trợ giúp bằng các hình thức khác nhau',
      computation: { kind: 'casesNeedsMetShare' },
      unit: 'percent',
      targets: [{ year: 2025, value: 100, comparator: '>=' }],
    },
  ],
};

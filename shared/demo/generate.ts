import { QUANG_NAM_CODE, QUANG_NAM_UNITS } from '../data/quang-nam-units';
import type {
  CaseInput,
  Need,
  OutreachInput,
  PersonCategory,
  PersonInput,
  SchoolActivityInput,
  SchoolInput,
  TargetPopulationInput,
  TrainingEventInput,
  UnitInput,
} from '../model';
import { ETHNICITIES, PLACE_WORDS, STREETS, vietnameseName } from './names';
import { addDays, chance, dayBetween, intBetween, pick, type Rng, rngFor, weighted } from './random';

/**
 * Realistic demo data for Quảng Nam 2021–2025: pure and seeded. Each record is a function of
 * (seed, index), so a benchmark can stream 100,000 cases in chunks and always get the same ones.
 */
export type DemoParams = {
  seed: number;
  cases: number;
  people: number;
  /** Attendances in total, spread over trainings of ~30 people. */
  attendances: number;
  schools: number;
  outreach: number;
  communesPerDistrict: number;
  fromDate: string;
  /** The last date used; never later than today, because future dates are refused. */
  toDate: string;
};

export const DEMO_DEFAULTS: DemoParams = {
  seed: 2021,
  cases: 600,
  people: 1500,
  attendances: 3000,
  schools: 120,
  outreach: 200,
  communesPerDistrict: 6,
  fromDate: '2021-01-01',
  toDate: '2025-06-30',
};

const DISTRICTS = QUANG_NAM_UNITS.filter((u) => u.level === 'district');
enum Stream {
  Units = 1,
  Cases = 2,
  People = 3,
  Events = 4,
  Attendances = 5,
  Schools = 6,
  Activities = 7,
  Outreach = 8,
}

/** Generated communes: `<district>-NN`, named from common syllables, flagged by the loader as demo. */
export function demoCommunes(params: DemoParams): UnitInput[] {
  const out: UnitInput[] = [];
  for (const district of DISTRICTS) {
    const rng = rngFor(params.seed, Stream.Units, Number(district.code));
    const used = new Set<string>();
    for (let i = 1; i <= params.communesPerDistrict; i += 1) {
      let name = `${pick(rng, PLACE_WORDS)} ${pick(rng, PLACE_WORDS)}`;
      while (used.has(name)) name = `${pick(rng, PLACE_WORDS)} ${pick(rng, PLACE_WORDS)}`;
      used.add(name);
      out.push({
        code: `${district.code}-${String(i).padStart(2, '0')}`,
        name: `${i === 1 && district.kind !== 'district' ? 'Phường' : 'Xã'} ${name}`,
        level: 'commune',
        kind: i === 1 && district.kind !== 'district' ? 'ward' : 'commune',
        parentCode: district.code,
        validFrom: null,
        validTo: '2025-06-30',
        successorCodes: [],
      });
    }
  }
  return out;
}

const communeCode = (rng: Rng, params: DemoParams): string => {
  const district = pick(rng, DISTRICTS);
  return `${district.code}-${String(intBetween(rng, 1, params.communesPerDistrict)).padStart(2, '0')}`;
};

const TYPES = [
  ['psychological_abuse', 30],
  ['physical_assault', 34],
  ['denial_of_resources', 12],
  ['sexual_assault', 8],
  ['rape', 5],
  ['forced_marriage', 4],
  ['not_gbv', 7],
] as const;
const NEEDS_BY_TYPE: Record<string, readonly Need[]> = {
  rape: ['health', 'psychosocial', 'police_justice', 'legal_aid', 'safety_shelter'],
  sexual_assault: ['health', 'psychosocial', 'police_justice', 'legal_aid'],
  physical_assault: ['health', 'psychosocial', 'safety_shelter', 'legal_aid'],
  forced_marriage: ['legal_aid', 'psychosocial', 'safety_shelter', 'education'],
  denial_of_resources: ['social_economic', 'legal_aid', 'psychosocial'],
  psychological_abuse: ['psychosocial', 'legal_aid', 'social_economic'],
  not_gbv: ['social_economic'],
};
const PROVIDERS: Record<Need, readonly string[]> = {
  health: ['Trung tâm Y tế huyện', 'Trạm Y tế xã', 'Bệnh viện Đa khoa tỉnh Quảng Nam'],
  psychosocial: ['Phòng Lao động – Thương binh và Xã hội', 'Trung tâm Công tác xã hội tỉnh'],
  legal_aid: ['Trung tâm Trợ giúp pháp lý nhà nước tỉnh', 'Hội Liên hiệp Phụ nữ huyện'],
  safety_shelter: ['Địa chỉ tin cậy tại cộng đồng', 'Nhà tạm lánh – Trung tâm Công tác xã hội'],
  police_justice: ['Công an xã', 'Công an huyện'],
  social_economic: ['Hội Liên hiệp Phụ nữ xã', 'Ủy ban nhân dân xã'],
  education: ['Phòng Giáo dục và Đào tạo', 'Trường THCS trên địa bàn'],
};

/** The later of two yyyy-MM-dd days. */
function laterDay(a: string, b: string): string {
  if (a >= b) return a;
  return b;
}

/** Case `index`, with a survivor identity (names with diacritics, phones, addresses). */
export function demoCase(params: DemoParams, index: number): CaseInput {
  const rng = rngFor(params.seed, Stream.Cases, index);
  const gbvType = weighted(rng, TYPES);
  const sex = weighted(rng, [
    ['female', 88],
    ['male', 10],
    ['other', 2],
  ] as const);
  const age = weighted(rng, [
    [intBetween(rng, 6, 17), 18],
    [intBetween(rng, 18, 40), 52],
    [intBetween(rng, 41, 75), 30],
  ] as const);
  const reportDate = dayBetween(rng, params.fromDate, params.toDate);
  const incidentDate = addDays(reportDate, -intBetween(rng, 0, 40));
  const incidentUnit = communeCode(rng, params);
  const context =
    gbvType === 'forced_marriage'
      ? 'family'
      : weighted(rng, [
          ['family', 72],
          ['school', 6],
          ['workplace', 5],
          ['public_place', 9],
          ['online', 5],
          ['other', 3],
        ] as const);
  const possible = NEEDS_BY_TYPE[gbvType] ?? [];
  const needs = possible.filter((_, i) => i === 0 || chance(rng, 0.45));
  const closed = reportDate < addDays(params.toDate, -90) && chance(rng, 0.7);
  const fullName = vietnameseName(rng, sex);
  return {
    reportDate,
    incidentDate: laterDay(incidentDate, params.fromDate),
    incidentUnit,
    gbvType,
    context,
    survivor: {
      sex,
      age,
      disability: weighted(rng, [
        ['no', 90],
        ['yes', 4],
        ['unknown', 6],
      ] as const),
      ethnicity: weighted(rng, ETHNICITIES),
    },
    perpetrator: {
      relationship:
        context === 'family'
          ? weighted(rng, [
              ['intimate_partner', 70],
              ['former_partner', 8],
              ['family_member', 22],
            ] as const)
          : weighted(rng, [
              ['stranger', 30],
              ['friend_acquaintance', 35],
              ['teacher', 5],
              ['employer', 10],
              ['colleague', 10],
              ['unknown', 10],
            ] as const),
      sex: weighted(rng, [
        ['male', 90],
        ['female', 8],
        ['unknown', 2],
      ] as const),
      ageGroup: weighted(rng, [
        ['18-25', 15],
        ['26-40', 45],
        ['41-60', 32],
        ['61+', 4],
        ['12-17', 2],
        ['unknown', 2],
      ] as const),
    },
    referralSource: weighted(rng, [
      ['self', 30],
      ['family', 18],
      ['police', 14],
      ['health', 10],
      ['school', 4],
      ['community', 16],
      ['hotline_111', 6],
      ['other', 2],
    ] as const),
    soughtHelpFromProvider: chance(rng, 0.62),
    needs,
    consent: {
      services: chance(rng, 0.95),
      referral: chance(rng, 0.85),
      deidentifiedReporting: chance(rng, 0.8),
    },
    status: closed ? 'closed' : 'open',
    closureReason: closed
      ? weighted(rng, [
          ['needs_met', 70],
          ['survivor_withdrew', 12],
          ['lost_contact', 10],
          ['transferred', 8],
        ] as const)
      : undefined,
    identity: {
      fullName,
      phone: chance(rng, 0.8)
        ? `09${intBetween(rng, 0, 9)}${String(intBetween(rng, 0, 9_999_999)).padStart(7, '0')}`
        : undefined,
      address: `${intBetween(rng, 1, 300)} ${pick(rng, STREETS)}, thôn ${intBetween(rng, 1, 12)}`,
      idNumbers: chance(rng, 0.5)
        ? [`049${intBetween(rng, 100, 399)}${String(intBetween(rng, 0, 999_999)).padStart(6, '0')}`]
        : [],
      birthYear: Number(reportDate.slice(0, 4)) - age,
      narrative: chance(rng, 0.6)
        ? 'Người bị bạo lực đến trình báo, được tư vấn và hướng dẫn các dịch vụ hỗ trợ.'
        : undefined,
    },
  };
}

/** Services for a generated case: most needs get one, as in a working referral network. */
export function demoServices(params: DemoParams, index: number, input: CaseInput) {
  const rng = rngFor(params.seed, Stream.Cases + 100, index);
  return input.needs
    .filter(() => chance(rng, 0.82))
    .map((need) => ({
      need,
      date: (() => {
        const d = addDays(input.reportDate, intBetween(rng, 0, 20));
        return d > params.toDate ? input.reportDate : d;
      })(),
      provider: pick(rng, PROVIDERS[need]),
      outcome: weighted(rng, [
        ['provided', 85],
        ['referred', 10],
        ['pending', 5],
      ] as const),
    }));
}

const CATEGORY_MIX: readonly (readonly [PersonCategory, number])[] = [
  ['official', 40],
  ['gender_equality_staff', 8],
  ['collaborator', 22],
  ['volunteer', 15],
  ['teacher', 12],
  ['other', 3],
];
const POSITIONS: Record<PersonCategory, readonly string[]> = {
  official: [
    'Chủ tịch UBND xã',
    'Phó Chủ tịch UBND xã',
    'Công chức Văn hoá – Xã hội',
    'Công chức Tư pháp – Hộ tịch',
    'Trưởng Công an xã',
  ],
  gender_equality_staff: ['Cán bộ phụ trách bình đẳng giới', 'Chủ tịch Hội Phụ nữ xã'],
  collaborator: ['Cộng tác viên công tác xã hội', 'Trưởng thôn'],
  volunteer: ['Tình nguyện viên Đoàn Thanh niên', 'Thành viên tổ hoà giải'],
  teacher: ['Giáo viên chủ nhiệm', 'Giáo viên tư vấn tâm lý'],
  other: ['Thành viên câu lạc bộ gia đình phát triển bền vững'],
};

export function demoPerson(params: DemoParams, index: number): PersonInput {
  const rng = rngFor(params.seed, Stream.People, index);
  const category = weighted(rng, CATEGORY_MIX);
  const sex = weighted(rng, [
    ['female', 58],
    ['male', 42],
  ] as const);
  return {
    fullName: vietnameseName(rng, sex),
    sex,
    unitCode: communeCode(rng, params),
    category,
    position: pick(rng, POSITIONS[category]),
    birthYear: intBetween(rng, 1965, 2000),
  };
}

export const eventCount = (params: DemoParams): number => Math.max(1, Math.ceil(params.attendances / 30));

export function demoTrainingEvent(params: DemoParams, index: number): TrainingEventInput {
  const rng = rngFor(params.seed, Stream.Events, index);
  const district = pick(rng, DISTRICTS);
  const startDate = dayBetween(rng, params.fromDate, params.toDate);
  return {
    title: pick(rng, [
      'Tập huấn nâng cao năng lực phòng, chống bạo lực trên cơ sở giới',
      'Tập huấn kỹ năng hỗ trợ người bị bạo lực gia đình',
      'Bồi dưỡng kiến thức bình đẳng giới cho cán bộ cơ sở',
      'Tập huấn kỹ năng truyền thông phòng, chống bạo lực học đường',
    ]),
    topic: 'Phòng, chống bạo lực trên cơ sở giới',
    organiser: pick(rng, [
      'Sở Lao động – Thương binh và Xã hội',
      'Hội Liên hiệp Phụ nữ tỉnh',
      `Phòng LĐ-TB&XH ${district.name}`,
    ]),
    unitCode: district.code,
    place: `Hội trường UBND ${district.name}`,
    startDate,
    endDate: addDays(startDate, intBetween(rng, 0, 2)),
    trainers: 'Giảng viên nguồn của tỉnh',
  };
}

/** Attendance `index`: event index and person index; a person may attend several trainings. */
export function demoAttendance(params: DemoParams, index: number): { event: number; person: number } {
  const rng = rngFor(params.seed, Stream.Attendances, index);
  const event = Math.min(eventCount(params) - 1, Math.floor(index / 30));
  // Each training draws from a 600-person slice of the register, so repeats (the same person twice) happen.
  const base = (event * 211) % Math.max(1, params.people);
  const person = (base + intBetween(rng, 0, Math.min(599, params.people - 1))) % Math.max(1, params.people);
  return { event, person };
}

export function demoSchool(params: DemoParams, index: number): SchoolInput {
  const rng = rngFor(params.seed, Stream.Schools, index);
  const level = weighted(rng, [
    ['preschool', 30],
    ['primary', 35],
    ['lower_secondary', 24],
    ['upper_secondary', 9],
    ['multi_level', 2],
  ] as const);
  const prefix = {
    preschool: 'Trường Mầm non',
    primary: 'Trường Tiểu học',
    lower_secondary: 'Trường THCS',
    upper_secondary: 'Trường THPT',
    multi_level: 'Trường Phổ thông',
    continuing_vocational: 'Trung tâm GDNN-GDTX',
  }[level];
  return {
    name: `${prefix} ${pick(rng, PLACE_WORDS)} ${pick(rng, PLACE_WORDS)}`,
    level,
    unitCode: communeCode(rng, params),
  };
}

/** About two activities per school per year, with some schools doing none in a year (I3 below 100 %). */
export function demoActivities(
  params: DemoParams,
  schoolIndex: number,
): Omit<SchoolActivityInput, 'schoolId'>[] {
  const rng = rngFor(params.seed, Stream.Activities, schoolIndex);
  const out: Omit<SchoolActivityInput, 'schoolId'>[] = [];
  const firstYear = Number(params.fromDate.slice(0, 4));
  const lastYear = Number(params.toDate.slice(0, 4));
  for (let year = firstYear - 1; year <= lastYear; year += 1) {
    if (!chance(rng, 0.8)) continue;
    for (let n = intBetween(rng, 1, 3); n > 0; n -= 1) {
      const date = dayBetween(rng, `${year}-09-05`, `${year + 1}-05-25`);
      if (date < params.fromDate || date > params.toDate) continue;
      out.push({
        date,
        kind: weighted(rng, [
          ['integrated_lesson', 40],
          ['assembly_talk', 30],
          ['club', 10],
          ['contest', 10],
          ['counselling_corner', 10],
        ] as const),
        title: 'Lồng ghép truyền thông phòng, chống bạo lực học đường',
        participants: intBetween(rng, 30, 600),
      });
    }
  }
  return out;
}

export function demoOutreach(params: DemoParams, index: number): OutreachInput {
  const rng = rngFor(params.seed, Stream.Outreach, index);
  return {
    date: dayBetween(rng, params.fromDate, params.toDate),
    unitCode: communeCode(rng, params),
    title: 'Truyền thông phòng, chống bạo lực gia đình tại cộng đồng',
    channel: weighted(rng, [
      ['community_meeting', 40],
      ['loudspeaker', 25],
      ['social_media', 15],
      ['leaflets', 10],
      ['event', 10],
    ] as const),
    reachFemale: intBetween(rng, 20, 300),
    reachMale: intBetween(rng, 10, 200),
    reachOther: 0,
    groups: ['general_public'],
  };
}

/** Denominators per district and year, sized so that trained shares land below, near and above target. */
export function demoPopulations(params: DemoParams): TargetPopulationInput[] {
  const out: TargetPopulationInput[] = [];
  const firstYear = Number(params.fromDate.slice(0, 4));
  const lastYear = Number(params.toDate.slice(0, 4));
  const perDistrict = Math.max(1, Math.round(params.people / DISTRICTS.length));
  for (const district of DISTRICTS) {
    const rng = rngFor(params.seed, 99, Number(district.code));
    for (let year = firstYear; year <= lastYear; year += 1) {
      for (const [category, share] of CATEGORY_MIX) {
        if (category === 'other' || category === 'teacher') continue;
        out.push({
          unitCode: district.code,
          year,
          category,
          count: Math.max(1, Math.round((perDistrict * share * (0.9 + rng() * 0.4)) / 100)),
          source: 'Số liệu mẫu (demo)',
        });
      }
    }
  }
  return out;
}

export { QUANG_NAM_CODE };

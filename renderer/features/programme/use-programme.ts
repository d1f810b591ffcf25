import type {
  OutreachRecord,
  PersonRecord,
  SchoolActivityRecord,
  SchoolRecord,
  TargetPopulationRecord,
  TrainingEventRecord,
  UnitRecord,
} from '../../../shared/model';
import { type Live, useLive, useSession, useStore } from '../../db';

/** Live reads of programme records through the repositories, with the store's own useLive. */
const byCode = (a: UnitRecord, b: UnitRecord) => a.code.localeCompare(b.code);

export function useUnits(): Live<UnitRecord[]> {
  const store = useStore();
  return useLive(async () => (await store.units.list()).sort(byCode), []);
}

export function useEvents(): Live<TrainingEventRecord[]> {
  const store = useStore();
  return useLive(
    async () => (await store.programme.events.list()).sort((a, b) => b.startDate.localeCompare(a.startDate)),
    [],
  );
}

export function useEvent(id: string | undefined): Live<TrainingEventRecord | undefined> {
  const store = useStore();
  return useLive(async () => {
    if (id === undefined) return undefined;
    const event = await store.programme.events.get(id);
    return event?.deletedAt === null ? event : undefined;
  }, [id]);
}

export type Participant = { attendanceId: string; person: PersonRecord };

/** The people attending one training, by name; people are read in one bulk lookup. */
export function useParticipants(eventId: string | undefined): Live<Participant[]> {
  const store = useStore();
  return useLive(async () => {
    if (eventId === undefined) return [];
    const attendances = await store.programme.attendances.list({ index: 'eventId', equals: eventId });
    const people = await Promise.all(attendances.map((a) => store.programme.people.get(a.personId)));
    const out: Participant[] = [];
    attendances.forEach((attendance, i) => {
      const person = people[i];
      if (person !== undefined && person.deletedAt === null)
        out.push({ attendanceId: attendance.id, person });
    });
    return out.sort((a, b) => a.person.nameFolded.localeCompare(b.person.nameFolded));
  }, [eventId]);
}

/** People whose name starts like `name` (diacritics ignored); empty below two characters. */
export function usePeopleSearch(name: string): Live<PersonRecord[]> {
  const store = useStore();
  return useLive(async () => (name.trim().length < 2 ? [] : store.programme.findPeople(name.trim())), [name]);
}

export function usePopulations(year: number): Live<TargetPopulationRecord[]> {
  const store = useStore();
  return useLive(async () => (await store.populations.list()).filter((p) => p.year === year), [year]);
}

export function useSchools(): Live<SchoolRecord[]> {
  const store = useStore();
  return useLive(
    async () => (await store.programme.schools.list()).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [],
  );
}

export function useActivities(schoolYear: number): Live<SchoolActivityRecord[]> {
  const store = useStore();
  return useLive(
    async () =>
      (await store.programme.activities.list({ index: 'schoolYear', equals: schoolYear })).sort((a, b) =>
        b.date.localeCompare(a.date),
      ),
    [schoolYear],
  );
}

export function useOutreach(): Live<OutreachRecord[]> {
  const store = useStore();
  return useLive(
    async () => (await store.programme.outreach.list()).sort((a, b) => b.date.localeCompare(a.date)),
    [],
  );
}

/** Whether the signed-in user may write programme records (viewers may not). */
export function useCanWrite(permission: 'programme.write' | 'settings.manage' = 'programme.write'): boolean {
  const session = useSession();
  return session?.can(permission) === true;
}

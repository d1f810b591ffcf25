import { TextField } from '@mui/material';
import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { StoreError } from '../../../../renderer/db';
import { ApproveKeyDialog } from '../../../../renderer/features/exchange/keys/ApproveKeyDialog';
import { dayInput } from '../../../../renderer/features/programme/import/cells';
import { initI18n } from '../../../../renderer/i18n';
import { useErrorText } from '../../../../renderer/ui/use-error-text';
import { useForm } from '../../../../renderer/ui/use-form';
import type { Peer } from '../../../../shared/exchange/trust-contract';
import { trainingEventFieldsSchema as schema, type TrainingEventFields } from '../../../../shared/model';

/** A training's form as the programme's dialog builds it, with a save the test decides. */
function EventForm({ save }: { save: (input: TrainingEventFields) => Promise<void> }) {
  const form = useForm(
    { title: '', organiser: 'Hội LHPN', unitCode: '49', startDate: '', endDate: '' },
    (v) => ({
      title: v.title,
      organiser: v.organiser,
      unitCode: v.unitCode,
      startDate: dayInput(v.startDate),
      endDate: dayInput(v.endDate),
    }),
    schema,
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(save);
      }}
    >
      <TextField label="Tên lớp" {...form.field('title')} />
      <TextField label="Từ ngày" {...form.field('startDate')} />
      <TextField label="Đến ngày" {...form.field('endDate', 'dd/MM/yyyy')} />
      <button type="submit">Lưu</button>
    </form>
  );
}

/** A form whose schema checks a key it has no field for (the organiser, left empty by toInput). */
function DriftedForm({ save }: { save: () => Promise<void> }) {
  const errorText = useErrorText();
  const form = useForm(
    { title: '', startDate: '' },
    (v) => ({ title: v.title, organiser: '', unitCode: '49', startDate: dayInput(v.startDate) }),
    schema,
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(save);
      }}
    >
      {form.failure !== null && <p role="alert">{errorText(form.failure)}</p>}
      <TextField label="Tên lớp" {...form.field('title')} />
      <TextField label="Từ ngày" {...form.field('startDate')} />
      <button type="submit">Lưu</button>
    </form>
  );
}

const peer = {
  keyId: 'AAAAAAAAAAAAAAAA',
  unit: '502',
  unitName: 'Tam Kỳ',
  introducedBy: 'enrollment',
  status: 'pending',
  signingPublicKey: 'RWQ',
  ageRecipient: 'age1',
  signingFingerprint: '0815 2740 1111 2222 3333',
  ageFingerprint: '0000 0000 0000 0000 0000',
  sequence: 1,
  manifestSha256: '0'.repeat(64),
  previousManifestSha256: null,
  importedAt: '2025-03-01T08:00:00.000Z',
  decidedAt: null,
} as unknown as Peer;

let root: Root | null = null;
async function show(language: 'vi' | 'en', save: (input: TrainingEventFields) => Promise<void>) {
  await render(language, <EventForm save={save} />);
}

async function render(language: 'vi' | 'en', element: ReactElement) {
  const i18n = await initI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}

afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
});

describe('useForm (react-hook-form + zodResolver)', () => {
  it('says nothing until a field is left, then says what is wrong in Vietnamese and clears as the officer types', async () => {
    await show('vi', async () => undefined);
    const title = page.getByLabelText('Tên lớp');
    await title.click();
    await expect.element(page.getByText('Vui lòng nhập thông tin này.')).not.toBeInTheDocument();
    await page.getByLabelText('Từ ngày').click();
    await expect.element(page.getByText('Vui lòng nhập thông tin này.')).toBeVisible();
    await expect.element(title).toHaveAttribute('aria-invalid', 'true');
    await title.fill('Tập huấn');
    await expect.element(title).toHaveAttribute('aria-invalid', 'false');
    // The start date was left empty on the way back to the title: it says so now, the end does not.
    await expect.element(page.getByLabelText('Từ ngày')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByText('Vui lòng nhập thông tin này.')).toBeVisible();
    await expect.element(page.getByText('dd/MM/yyyy')).toBeVisible();
  });

  it('checks everything on submit, saves nothing while wrong, and saves the parsed record once right', async () => {
    const saved: TrainingEventFields[] = [];
    await show('vi', async (input) => {
      saved.push(input);
    });
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.element(page.getByLabelText('Tên lớp')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByLabelText('Từ ngày')).toHaveAttribute('aria-invalid', 'true');
    expect(saved).toEqual([]);
    await page.getByLabelText('Tên lớp').fill('Tập huấn');
    await page.getByLabelText('Từ ngày').fill('03/02/2025');
    // One field can change another's problem: an end before the start, fixed by moving the start.
    await page.getByLabelText('Đến ngày').fill('01/02/2025');
    await expect.element(page.getByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeVisible();
    await page.getByLabelText('Từ ngày').fill('01/02/2025');
    await expect
      .element(page.getByText('Ngày kết thúc không được trước ngày bắt đầu.'))
      .not.toBeInTheDocument();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ title: 'Tập huấn', startDate: '2025-02-01', endDate: '2025-02-01' });
  });

  it('puts a store refusal under the field it names, in the UI’s language (English here)', async () => {
    await show('en', async () => {
      throw new StoreError('invalid', {
        issues: [{ path: 'startDate', message: 'store.validation.futureDate' }],
      });
    });
    await page.getByLabelText('Tên lớp').fill('Training');
    await page.getByLabelText('Từ ngày').fill('01/02/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.element(page.getByText('The date cannot be after today.')).toBeVisible();
    await expect.element(page.getByLabelText('Từ ngày')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says a problem no field of the form holds as the form’s failure, and saves nothing', async () => {
    let saves = 0;
    await render(
      'vi',
      <DriftedForm
        save={async () => {
          saves += 1;
        }}
      />,
    );
    await page.getByLabelText('Tên lớp').fill('Tập huấn');
    await page.getByLabelText('Từ ngày').fill('01/02/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(saves).toBe(0);
  });
});

/** The kit's form hook and FormDialog with a form's own messages and a problem only the save finds. */
describe('ApproveKeyDialog (useForm + FormDialog)', () => {
  it('says a short code beside the field and in the sum-up, and a wrong code without approving', async () => {
    await render('vi', <ApproveKeyDialog peer={peer} unitName="Tam Kỳ" onClose={() => undefined} />);
    const box = page.getByLabelText('Mã đơn vị đọc qua điện thoại');
    await box.fill('0815 2740');
    await page.getByRole('button', { name: 'Đối chiếu và phê duyệt' }).click();
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Hãy kiểm tra lại: Mã đơn vị đọc qua điện thoại.');
    await expect.element(page.getByText('Cần đủ 20 chữ số.')).toBeVisible();
    await box.fill('1111 2222 3333 4444 5555');
    // Typing again clears the problem until the next try.
    await expect.element(box).toHaveAttribute('aria-invalid', 'false');
    await page.getByRole('button', { name: 'Đối chiếu và phê duyệt' }).click();
    await expect.element(page.getByText('Mã không khớp: không phê duyệt.', { exact: false })).toBeVisible();
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('speaks English in an English UI', async () => {
    await render('en', <ApproveKeyDialog peer={peer} unitName="Tam Kỳ" onClose={() => undefined} />);
    await page.getByRole('button', { name: 'Compare and approve' }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Please check: Code read over the phone.');
    await expect.element(page.getByText('All 20 digits are needed.')).toBeVisible();
  });
});

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  type Dovecot,
  type DovecotUser,
  type SmtpRelay,
  smtpIntoDovecot,
  startDovecot,
  subjectsIn,
} from '../support/dovecot';
import { expect, test } from './fixtures';
import { closeSides, exchangeKeys, openSide } from './pages/exchange-pair';
import { MailPage } from './pages/mail-page';
import { setUpOffice } from './pages/office';
import { shot } from './shots';

const PROVINCE: DovecotUser = { user: 'tinh', pass: 'tinh-e2e-mk', address: 'tinh@binhan.test' };
const OFFICE: DovecotUser = { user: 'tamky', pass: 'tamky-e2e-mk', address: 'tamky@binhan.test' };

test.describe.configure({ timeout: 300_000 });

test('mail both ways through a real Dovecot: the office mails its data bundle, the province checks the mailbox and imports it, its receipt goes back by mail and the office fetches it', async ({
  workDir,
}) => {
  const usb = path.join(workDir, 'usb');
  await mkdir(usb);
  const dovecot: Dovecot = await startDovecot([PROVINCE, OFFICE]);
  const relay: SmtpRelay = await smtpIntoDovecot(dovecot);
  const office = await openSide(workDir, 'office');
  const province = await openSide(workDir, 'province');
  try {
    await setUpOffice(office.page, { role: 'district', unit: 'Tam Kỳ' });
    await setUpOffice(province.page, { role: 'province', unit: 'Đà Nẵng' });
    await exchangeKeys(office, province, usb, 'Tam Kỳ');

    const officeMail = new MailPage(office.page);
    await officeMail.open();
    await officeMail.setSmtp({
      host: '127.0.0.1',
      port: relay.port,
      from: OFFICE.address,
      to: PROVINCE.address,
    });
    await officeMail.setImap({
      host: '127.0.0.1',
      port: dovecot.port,
      user: OFFICE.user,
      password: OFFICE.pass,
    });
    await officeMail.sendTest();

    // The office's next data bundle goes into the outbox; the pump hands it to SMTP, which delivers it.
    await office.exchange.open('send');
    await office.page.getByRole('button', { name: 'Tạo gói dữ liệu' }).click();
    await expect(office.page.getByText(/^Đã tạo gói số \d+/)).toBeVisible({ timeout: 60_000 });
    await office.exchange.picker.getByRole('tab', { name: 'Thư điện tử' }).click();
    await office.exchange.picker.getByRole('button', { name: 'Đưa vào hộp thư đi' }).click();
    await expect(office.exchange.picker.getByText(/^Đã đưa gói vào hộp thư đi/)).toBeVisible();
    await expect.poll(() => subjectsIn(dovecot, PROVINCE), { timeout: 60_000 }).toHaveLength(2);

    const provinceMail = new MailPage(province.page);
    await provinceMail.open();
    await provinceMail.setSmtp({
      host: '127.0.0.1',
      port: relay.port,
      from: PROVINCE.address,
      to: 'so@binhan.test',
    });
    await provinceMail.setImap({
      host: '127.0.0.1',
      port: dovecot.port,
      user: PROVINCE.user,
      password: PROVINCE.pass,
    });
    await provinceMail.checkNow(/^Vừa nhập từ thư: 1 gói mới, 0 gói đã có, 0 gói chưa nhập được\./);
    await expect(
      provinceMail.inbox.getByText(/^Đã đưa biên nhận cho .*Tam Kỳ.* vào hộp thư đi\.$/),
    ).toBeVisible();
    // The bundle is marked by the check that follows the import: moved out of the inbox.
    const bundles = provinceMail.inbox.getByRole('table', { name: 'Các gói dữ liệu nhận qua thư' });
    await expect(bundles.getByRole('row').nth(1)).toContainText('Đã nhập', { timeout: 30_000 });
    await expect(bundles.getByRole('row').nth(1)).not.toContainText('chờ đánh dấu');
    // The test message is no bundle: it stays in the mailbox and is listed.
    const skipped = provinceMail.inbox.getByRole('table', { name: 'Các thư không mang gói dữ liệu' });
    await expect(skipped).toContainText('[Bình An] Thư thử');
    await expect(skipped).toContainText('không có tệp đính kèm dạng zip');
    await expect.poll(() => subjectsIn(dovecot, PROVINCE)).toEqual(['[Bình An] Thư thử']);
    await shot(province.page, 'exchange-mail-inbox');

    // The receipt reaches the office's mailbox by SMTP; the office fetches and imports it.
    await expect.poll(() => subjectsIn(dovecot, OFFICE), { timeout: 60_000 }).toHaveLength(1);
    await officeMail.open();
    await officeMail.checkNow(/^Vừa nhập từ thư: 1 gói mới/);
    await office.exchange.open('sent');
    await expect(office.page.getByText(/^Đã nhận \(có biên nhận/).first()).toBeVisible();
  } finally {
    await closeSides(office, province);
    await relay.close();
    await dovecot.stop();
  }
});

import { useTranslation } from 'react-i18next';
import { imapSettingsSchema } from '../../../../shared/exchange/mail-contract';
import { host } from '../../../host/host';
import { useHostQuery } from '../../../host/use-host-query';
import { ServerSettingsForm } from './ServerSettingsForm';

/** The IMAP mailbox bundles arrive in; the password goes once to main's SecretStore and never comes back. */
export function InboxSettingsForm() {
  const { t } = useTranslation();
  const saved = useHostQuery(['mail'], () => host.mail.getInbox(), []);
  return (
    <ServerSettingsForm
      headingId="imap-settings-heading"
      heading={t('mailbox.settings.heading')}
      explain={t('mailbox.settings.explain')}
      label={(field) => t(`mailbox.settings.${field}`)}
      texts={{
        password: t('mailbox.settings.password'),
        passwordSet: t('mailbox.settings.passwordSet'),
        passwordNone: t('mailbox.settings.passwordNone'),
        save: t('mailbox.settings.save'),
        saved: t('mailbox.settings.saved'),
      }}
      securityOptions={[
        { value: 'tls', label: t('mailbox.settings.securityTls') },
        { value: 'starttls', label: t('mailbox.settings.securityStarttls') },
        { value: 'none', label: t('mailbox.settings.securityNone') },
      ]}
      // TLS on 993 unless changed: the safe choice is the one already filled in.
      initial={{
        host: '',
        port: '993',
        security: 'tls',
        user: '',
        password: '',
        mailbox: 'INBOX',
        processedFolder: 'Bình An/Đã nhập',
      }}
      extra={['mailbox', 'processedFolder']}
      saved={saved}
      fromSaved={(s) => ({
        host: s.host,
        port: String(s.port),
        security: s.security,
        user: s.user,
        mailbox: s.mailbox,
        processedFolder: s.processedFolder ?? '',
      })}
      toInput={(v) => ({
        host: v.host.trim(),
        port: Number(v.port),
        security: v.security,
        user: v.user.trim(),
        mailbox: v.mailbox.trim(),
        processedFolder: v.processedFolder.trim() === '' ? null : v.processedFolder.trim(),
      })}
      schema={imapSettingsSchema}
      save={(settings, password) =>
        host.mail.saveInbox({ settings, ...(password === undefined ? {} : { password }) })
      }
    />
  );
}

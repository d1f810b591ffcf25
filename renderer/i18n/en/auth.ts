import type { Messages } from '../vi';

export const auth: Messages['auth'] = {
  storeUnavailable: {
    title: 'The data store on this computer cannot be opened',
    body: 'Bình An keeps all data in the browser data store (IndexedDB) on this computer, but it could not be opened. Data saved before has not been deleted.',
    what: 'What you can do:',
    step1: 'Close any other Bình An window on this computer and open the app again.',
    step2: 'Check that the disk has free space and restart the computer.',
    step3:
      'If it still fails, copy the error detail below and send it to your IT officer. Do not delete the data folder.',
    retry: 'Try again',
    detail: 'Error detail',
    restore: 'Drop the damaged store and restore from a backup',
    restoreConfirm:
      'The data store this browser cannot open will be dropped, then the app opens the restore screen with the newest backup. Do this only when the office has a backup (or after your technical officer has copied the browser profile elsewhere). Continue?',
  },
  loading: 'Opening the data store…',
  officeElsewhere: {
    title: 'This data folder belongs to {{name}}',
    body: "Bình An's data folder on this computer was set up for the office {{name}} (unit code {{unitCode}}) on {{date}}. This browser has none of that office's data, so Bình An does not set up a second office here.",
    what: 'Restore or sign in:',
    signIn:
      "Sign in: open Bình An in the same browser and browser profile that set the office up, and sign in as usual. The office's records live in that browser profile.",
    restore:
      "Restore: if the browser's data was cleared or the computer replaced, choose “Restore from a backup” below, pick the office's backup file and enter the recovery key. Do not delete the data folder.",
    folder: 'Data folder: {{dataDir}}',
    retry: 'Check again',
  },
  setup: {
    title: 'Set up Bình An',
    intro: 'Three short steps: your office, the first administrator, and the recovery key.',
    steps: { office: 'Office', admin: 'Administrator', recovery: 'Recovery key' },
    office: {
      roleLabel: 'What your office serves',
      tiers: {
        commune: 'Commune, ward or special zone',
        province: 'City or province (provincial department)',
        legacy: 'A former unit: a district, town or province before 1 July 2025',
      },
      tierHints: {
        commune:
          'A commune-level unit since 1 July 2025: records cases and figures and sends data bundles to the city or province.',
        province:
          "Receives the communes' and wards' data bundles and consolidates the whole city or province.",
        legacy:
          'The district tier and Quảng Nam province ended on 1 July 2025: choose this only if the office still reports 2021–2025 periods under a former unit.',
      },
      unit: 'Administrative unit',
      unitHints: {
        commune: "Đà Nẵng city's 94 commune-level units under Resolution 1659/NQ-UBTVQH15.",
        province: 'The city or province your office serves.',
        legacy: 'The province and its districts, towns and cities as they stood on 30/06/2025.',
      },
      name: 'Office name',
      nameHint: 'The full name, as on official letters. For example: {{example}}',
      communeExample: "People's Committee of {{unit}}",
      districtExample: 'Division of Labour, Invalids and Social Affairs of {{unit}}',
      provinceExample: 'Department of Labour, Invalids and Social Affairs of {{unit}}',
    },
    admin: {
      intro:
        'The administrator creates accounts for other officers, reads the audit log and keeps the recovery key.',
      displayName: 'Full name',
      username: 'User name',
      usernameHint:
        '3–32 characters: unaccented letters, digits, dot, underscore or hyphen. Example: nguyen.hoa',
      alsoCaseWorker: 'I also manage cases myself (can see survivors’ identifying data)',
      alsoCaseWorkerHint:
        'Choose this in a one-officer office. Administrators do not see identifying data by default.',
    },
    recovery: {
      intro: 'This is your office’s recovery key. It is shown ONCE, now.',
      why: 'If a passphrase is forgotten (even the last administrator’s), only this key opens the data again. Nobody, not even IT staff, can recover the data if both the passphrases and this key are lost.',
      print: 'Print the recovery key',
      confirm: 'I have printed or copied the recovery key and stored it somewhere safe',
      finish: 'Start using Bình An',
      keyLabel: 'Recovery key',
    },
    sheet: {
      title: 'Bình An recovery key',
      office: 'Office',
      date: 'Created',
      instructions1:
        'Keep this sheet somewhere safe and locked (e.g. the office’s confidential file cabinet). Do not photograph it or store it on a computer or phone.',
      instructions2:
        'If a passphrase is forgotten: on the sign-in screen choose "Forgot passphrase?", enter this key, the user name and a new passphrase.',
      instructions3:
        'Anyone with this key and the office computer can open the data: only the person responsible may keep it.',
    },
    back: 'Back',
    next: 'Continue',
    create: 'Create office',
    alreadyBound:
      'This data folder already belongs to {{name}} (unit code {{unitCode}}); a second office cannot be set up over it.',
    bindFailed:
      'The office was created, but could not be recorded in the data folder ({{message}}). Copy the recovery key, then tell your IT officer.',
    creating: 'Creating encryption keys…',
  },
  passphrase: {
    label: 'Passphrase',
    repeat: 'Repeat passphrase',
    minimum: 'At least {{min}} characters. A memorable sentence works well, e.g. "rice ripens in Duy Xuyên".',
    mismatch: 'The two passphrases do not match.',
    show: 'Show passphrase',
    hide: 'Hide passphrase',
    strength: {
      label: 'Strength: {{level}}',
      tooShort: 'too short',
      weak: 'weak',
      fair: 'fair',
      strong: 'strong',
    },
  },
  login: {
    title: 'Sign in',
    intro: 'The data of {{office}} is encrypted on this computer. Enter your passphrase to open it.',
    username: 'User name',
    passphrase: 'Passphrase',
    submit: 'Sign in',
    checking: 'Checking…',
    forgot: 'Forgot passphrase?',
    wrong: 'Wrong user name or passphrase. No data was affected.',
    retryIn: 'Too many wrong attempts. Try again in {{seconds}} seconds.',
    neverWiped: 'Wrong attempts never delete data; they only make you wait longer between tries.',
  },
  unlock: {
    title: 'The session is locked',
    intro:
      'To protect survivors’ information, Bình An has locked. Enter the passphrase of {{name}} to continue where you were.',
    submit: 'Unlock',
    otherUser: 'Sign in as someone else',
  },
  reset: {
    title: 'Reset a passphrase with the recovery key',
    intro:
      'Enter the office’s recovery key (13 groups of 4 characters; case does not matter, hyphens are optional).',
    recoveryKey: 'Recovery key',
    username: 'User name to reset',
    newPassphrase: 'New passphrase',
    submit: 'Reset passphrase',
    done: 'The passphrase of {{username}} has been reset. Sign in with the new passphrase.',
    doneAdmin: 'The passphrase of {{username}} has been reset. Tell the user the new passphrase in person.',
    unknownUser: 'There is no account with this user name.',
  },
  change: {
    title: 'Change passphrase',
    current: 'Current passphrase',
    next: 'New passphrase',
    submit: 'Change passphrase',
    done: 'Passphrase changed.',
    wrongCurrent: 'The current passphrase is wrong.',
  },
  menu: {
    account: 'Account: {{name}}',
    lock: 'Lock now',
    lockHint: 'Lock the screen (data stays as it is; unlock with your passphrase)',
    changePassphrase: 'Change passphrase',
    logout: 'Sign out',
  },
  forbidden: {
    title: 'You may not open this page',
    body: 'The roles of your account ({{roles}}) do not include this area. Ask your office administrator for another role if you need it.',
  },
  demoBanner: 'This is DEMO DATA for learning and training, not the office’s real figures.',
  cancel: 'Cancel',
  close: 'Close',
};

import type { Messages } from '../vi';

export const shell: Messages['shell'] = {
  app: {
    name: 'Bình An',
    tagline: 'Prevention of and response to gender-based violence',
    offline: 'Works without a network',
    offlineHint: 'All data is kept on this computer; the app never waits for the Internet.',
    language: 'Language',
  },
  nav: {
    label: 'Areas of the app',
    overview: 'Overview',
    cases: 'Cases',
    programme: 'Programme',
    exchange: 'Data exchange',
    admin: 'Administration',
  },
  pages: {
    overview: {
      title: 'Overview',
    },
    notFound: 'This page does not exist.',
    loading: 'Opening the page…',
    backHome: 'Back to Overview',
  },
  form: {
    check: 'Please check: {{fields}}.',
  },
  errors: {
    pageTitle: 'This page ran into an error',
    pageBody:
      'Saved data is not affected. You can try again; if it keeps happening, copy the details for your IT officer.',
    retry: 'Try again',
    copy: 'Copy error details',
    background: 'A background task failed: {{message}}',
    dismiss: 'Close',
  },
};

import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
  attempt: number;
}

/**
 * Catches a crash in one page and says so, instead of a blank window: the frame, the navigation and the
 * address stay, so the officer can retry or go elsewhere; nothing saved is touched.
 */
export class PageErrorBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Page crashed', error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.error) {
      return (
        <PageError
          error={this.state.error}
          onRetry={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
        />
      );
    }
    return <Box key={this.state.attempt}>{this.props.children}</Box>;
  }
}

function PageError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const details = `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return (
    <Alert severity="error" icon={<ErrorOutlineIcon />} role="alert" sx={{ maxWidth: 720 }}>
      <AlertTitle>{t('shell.errors.pageTitle')}</AlertTitle>
      {t('shell.errors.pageBody')}
      <Box
        component="pre"
        sx={{ fontSize: 12, whiteSpace: 'pre-wrap', mt: 1, maxHeight: 120, overflow: 'auto' }}
      >
        {error.message}
      </Box>
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button variant="contained" color="error" onClick={onRetry}>
          {t('shell.errors.retry')}
        </Button>
        <Button onClick={() => void navigator.clipboard?.writeText(details)}>{t('shell.errors.copy')}</Button>
      </Stack>
    </Alert>
  );
}

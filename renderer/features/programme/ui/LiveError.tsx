import { Alert } from '@mui/material';
import { useKeyText } from './use-error-text';

/** A read the session may not make (locked, forbidden) says so instead of showing an empty list. */
export function LiveError({ error }: { error: string | null }) {
  const text = useKeyText();
  if (error === null) return null;
  return <Alert severity="error">{text(`store.error.${error}`)}</Alert>;
}

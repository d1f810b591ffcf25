import { Alert } from '@mui/material';
import { useMessage } from './use-message';

/** A read the session may not make (locked, forbidden) says so instead of showing an empty list. */
export function LiveError({ error }: { error: string | null }) {
  const text = useMessage();
  if (error === null) return null;
  return <Alert severity="error">{text(`store.error.${error}`)}</Alert>;
}

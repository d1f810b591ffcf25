import { Stack, Typography } from '@mui/material';

export function PageHeader({ title, intro }: { title: string; intro?: string }) {
  return (
    <Stack spacing={0.5} sx={{ mb: 3 }}>
      <Typography variant="h1">{title}</Typography>
      {intro && <Typography color="text.secondary">{intro}</Typography>}
    </Stack>
  );
}

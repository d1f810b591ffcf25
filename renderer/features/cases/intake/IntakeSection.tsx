import { Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One part of the intake, a titled card that the summary can jump to. */
export function IntakeSection({
  id,
  number,
  title,
  intro,
  children,
}: {
  id: string;
  number: number;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <Paper component="section" id={id} aria-labelledby={`${id}-title`} sx={{ p: 3, scrollMarginTop: 88 }}>
      <Stack spacing={0.5} sx={{ mb: 2.5 }}>
        <Typography id={`${id}-title`} variant="h2">
          {number}. {title}
        </Typography>
        {intro && (
          <Typography variant="body2" color="text.secondary">
            {intro}
          </Typography>
        )}
      </Stack>
      {children}
    </Paper>
  );
}

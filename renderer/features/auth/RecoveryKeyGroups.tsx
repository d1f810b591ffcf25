import { Box } from '@mui/material';

/** The recovery key in large monospace groups of four, read left to right, row by row. */
export function RecoveryKeyGroups({ recoveryKey, label }: { recoveryKey: string; label: string }) {
  // Positions identify the groups: the same four characters may appear twice.
  const groups = recoveryKey.split('-').map((text, at) => ({ text, at }));
  return (
    <Box
      role="group"
      aria-label={label}
      data-recovery-key={recoveryKey}
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(5, auto)',
        justifyContent: 'start',
        gap: 1.25,
        fontFamily: '"DejaVu Sans Mono", "Consolas", "Menlo", monospace',
        fontSize: '1.6rem',
        letterSpacing: '0.12em',
      }}
    >
      {groups.map((group) => (
        <Box
          key={group.at}
          component="span"
          sx={{
            px: 1.25,
            py: 0.5,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            bgcolor: 'background.paper',
          }}
        >
          {group.text}
        </Box>
      ))}
    </Box>
  );
}

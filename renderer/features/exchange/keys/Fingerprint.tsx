import { Box, Typography } from '@mui/material';

/** A key fingerprint in large, spaced digits, easy to read aloud over the phone. */
export function Fingerprint({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        aria-label={label}
        data-testid="fingerprint"
        sx={{
          fontFamily: 'monospace',
          fontSize: '2rem',
          letterSpacing: '0.12em',
          wordSpacing: '0.4em',
          fontWeight: 600,
          // Read aloud in groups of four: a group split over two lines would be misread.
          whiteSpace: 'nowrap',
          overflowX: 'auto',
        }}
      >
        {value}
      </Typography>
    </Box>
  );
}

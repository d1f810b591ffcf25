import PrintOutlined from '@mui/icons-material/PrintOutlined';
import TableViewOutlined from '@mui/icons-material/TableViewOutlined';
import {
  Box,
  Button,
  Dialog,
  GlobalStyles,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { download } from '../../../ui/xlsx';
import type { CopyDoc } from './access-copy';
import { copyWorkbook } from './access-xlsx';

/**
 * Printing shows the copy alone: the app behind the dialog, the backdrop and the toolbar are hidden,
 * and the dialog flows as a document (a fixed dialog would print one clipped page).
 */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A4 portrait', margin: '15mm' },
        '#root, .MuiBackdrop-root, .no-print': { display: 'none !important' },
        '.MuiDialog-root, .MuiDialog-container, .MuiDialog-paper': {
          position: 'static !important' as 'static',
          overflow: 'visible !important',
          height: 'auto !important',
          maxHeight: 'none !important',
          boxShadow: 'none !important',
        },
        body: { background: '#fff' },
      },
    }}
  />
);

const cell = { border: '1px solid #000', py: 0.5, px: 1, color: '#000', verticalAlign: 'top' } as const;

/** The survivor's copy on screen, to print or save as PDF, and as .xlsx. */
export function AccessCopyDialog({
  doc,
  caseCode,
  onClose,
}: {
  doc: CopyDoc;
  caseCode: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const saveExcel = async () => download(await copyWorkbook(doc), `ban-sao-du-lieu-${caseCode}.xlsx`);
  return (
    <Dialog open fullScreen onClose={onClose} aria-labelledby="access-copy-title">
      {printStyles}
      <Stack direction="row" spacing={1} className="no-print" sx={{ p: 2, justifyContent: 'flex-end' }}>
        <Button variant="outlined" startIcon={<TableViewOutlined />} onClick={() => void saveExcel()}>
          {t('rights.copy.excel')}
        </Button>
        <Button variant="contained" startIcon={<PrintOutlined />} onClick={() => window.print()}>
          {t('rights.copy.print')}
        </Button>
        <Button onClick={onClose}>{t('rights.copy.close')}</Button>
      </Stack>
      <Box
        data-testid="access-copy"
        sx={{ bgcolor: '#fff', color: '#000', px: { xs: 2, md: 6 }, pb: 4, maxWidth: '210mm', mx: 'auto' }}
      >
        <Typography sx={{ fontWeight: 700 }}>{doc.office}</Typography>
        <Typography sx={{ fontStyle: 'italic', mb: 2 }}>{doc.madeAt}</Typography>
        <Typography id="access-copy-title" variant="h2" sx={{ textAlign: 'center', fontWeight: 700 }}>
          {doc.heading}
        </Typography>
        <Typography sx={{ textAlign: 'center', fontWeight: 700 }}>{doc.subject}</Typography>
        <Typography variant="body2" sx={{ textAlign: 'center', fontStyle: 'italic', mb: 2 }}>
          {doc.basis}
        </Typography>
        {doc.tables.map((table) => (
          <Box key={table.key} component="section" sx={{ mb: 2, breakInside: 'auto' }}>
            <Typography variant="h3" sx={{ fontWeight: 700, my: 1 }}>
              {table.title}
            </Typography>
            {table.rows.length === 0 ? (
              <Typography variant="body2">{t('rights.copy.none')}</Typography>
            ) : (
              <Table
                size="small"
                sx={{ borderCollapse: 'collapse', '& th': { ...cell, fontWeight: 700 }, '& td': cell }}
              >
                <TableHead>
                  <TableRow>
                    {table.columns.map((column) => (
                      <TableCell key={column}>{column}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {table.rows.map((row) => (
                    <TableRow key={row.id}>
                      {table.columns.map((column, j) => (
                        <TableCell key={column} sx={{ whiteSpace: 'pre-wrap' }}>
                          {row.cells[j]}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Box>
        ))}
      </Box>
    </Dialog>
  );
}

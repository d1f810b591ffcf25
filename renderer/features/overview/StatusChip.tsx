import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import FlagOutlined from '@mui/icons-material/FlagOutlined';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import TrendingUpOutlined from '@mui/icons-material/TrendingUpOutlined';
import { Chip, type ChipProps } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '../../../shared/indicators/evaluate';

/** Status is told by an icon and words; the colour only repeats it. */
const LOOK: Record<IndicatorStatus, { icon: ReactElement; color: ChipProps['color'] }> = {
  met: { icon: <CheckCircleOutlined />, color: 'success' },
  near: { icon: <TrendingUpOutlined />, color: 'info' },
  behind: { icon: <ErrorOutlineOutlined />, color: 'warning' },
  noTarget: { icon: <FlagOutlined />, color: 'default' },
  noData: { icon: <HelpOutlineOutlined />, color: 'default' },
  check: { icon: <ReportProblemOutlined />, color: 'error' },
};

export function StatusChip({
  status,
  size = 'medium',
}: {
  status: IndicatorStatus;
  size?: ChipProps['size'];
}) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return (
    <Chip
      icon={look.icon}
      color={look.color}
      variant="outlined"
      size={size}
      label={t(`dashboard.status.${status}`)}
      data-status={status}
    />
  );
}

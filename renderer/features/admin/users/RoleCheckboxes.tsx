import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/model';

type Props = { value: readonly Role[]; onChange: (roles: Role[]) => void; error?: string | undefined };

/** One checkbox per role, each with a one-line explanation of what it allows. */
export function RoleCheckboxes({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const toggle = (role: Role, on: boolean) =>
    onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <FormControl error={error !== undefined} component="fieldset">
      <FormLabel component="legend">{t('admin.users.roles')}</FormLabel>
      <FormGroup>
        {ROLES.map((role) => (
          <FormControlLabel
            key={role}
            control={
              <Checkbox
                checked={value.includes(role)}
                onChange={(event) => toggle(role, event.target.checked)}
              />
            }
            label={
              <Stack>
                <Typography>{t(`store.role.${role}`)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t(`admin.users.roleHelp.${role}`)}
                </Typography>
              </Stack>
            }
            sx={{ alignItems: 'flex-start', mb: 0.5, '& .MuiCheckbox-root': { pt: 0.5 } }}
          />
        ))}
      </FormGroup>
      {error !== undefined && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}

import type { Lang } from '../../core/i18n/lang';
import { DEFAULT_TIME_ZONE } from '../../core/read/workbook';
import type { SelectCellResult } from '../../core/sidebar/api';
import { renderPreviewDigest } from '../../core/sidebar/digest-render';
import type { SidebarPorts } from '../../core/sidebar/ports';
import type { WallTime } from '../../core/time/wall-time';
import { todayIn } from '../load';
import { type PreviewApprovals, previewApprovalPort } from './approval-port';
import { type LocalWorkbook, langOfSheetNames } from './workbook';

/** What the preview remembers: the workbook language chosen, the cells the sidebar selected. */
export interface PreviewState {
  lang: Lang | null;
  readonly selected: SelectCellResult[];
  /** The month close decided in this session (the file is never written). */
  readonly approvals?: PreviewApprovals;
}

/**
 * The sidebar's ports over a local .xlsx. Nothing is written to the file: set-up and forms
 * exist only in Google Sheets, so they say so; a click on a problem is recorded, not shown.
 */
export function localPorts(
  workbook: LocalWorkbook,
  state: PreviewState,
  today?: WallTime,
): SidebarPorts {
  return {
    analysis: () => workbook.analysis(),
    sheetNames: () => workbook.sheetNames(),
    lang: () => state.lang ?? langOfSheetNames(workbook.sheetNames()),
    setLang: (lang) => {
      state.lang = lang;
    },
    today: () => today ?? todayIn(DEFAULT_TIME_ZONE),
    selectRange: (sheet, a1) => {
      state.selected.push({ sheet, a1 });
    },
    setUpWorkbook: () => null,
    installedTriggers: () => [],
    digest: {
      triggerHandler: 'runSchedule',
      render: (analysis, month, lang) => renderPreviewDigest(analysis, month, lang, null),
    },
    ...(state.approvals ? { approval: previewApprovalPort(workbook, state.approvals) } : {}),
  };
}

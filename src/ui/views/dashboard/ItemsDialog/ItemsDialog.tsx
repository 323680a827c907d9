import type { ItemsDialogProps } from './ItemsDialog.types';
import { renderItemsDialog } from './renderItemsDialog';
import { useItemsDialog } from './useItemsDialog';
import { useItemsDialogStyles } from './useItemsDialogStyles.styles';

/** The items behind one dashboard figure, loaded when it opens (drill-down). */
export function ItemsDialog(props: ItemsDialogProps) {
  const state = useItemsDialog(props);
  return renderItemsDialog(state, useItemsDialogStyles());
}

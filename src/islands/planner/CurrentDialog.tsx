import { useStore } from '@nanostores/preact';
import type { MessageTemplate } from '../../lib/planner/on-demand/template-fill.ts';
import { $dialog } from '../../stores/planner/ui.ts';
import ConversationDialog from './ConversationDialog';
import ImportDialog from './ImportDialog';
import MessageDialog from './MessageDialog';
import PersonDialog from './PersonDialog';

interface Props {
  templates: MessageTemplate[];
}

/** Whichever planner dialog is open. This module loads on the first open (see Planner). */
export default function CurrentDialog({ templates }: Props) {
  const dialog = useStore($dialog);
  switch (dialog?.kind) {
    case 'person':
      return <PersonDialog key={dialog.id ?? 'new'} id={dialog.id} />;
    case 'conversation':
      return <ConversationDialog key={dialog.id} id={dialog.id} schedule={dialog.schedule} />;
    case 'message':
      return (
        <MessageDialog
          key={dialog.conversationId + dialog.templateId}
          templates={templates}
          conversationId={dialog.conversationId}
          templateId={dialog.templateId}
        />
      );
    case 'import':
      return <ImportDialog />;
    default:
      return null;
  }
}

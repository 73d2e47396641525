import type { Conversation, Person, PlannerData } from '../../../schemas/planner.ts';
import { formatDate } from '../dates.ts';
import { formatLabels } from '../labels.ts';

/** The parts of a handbook template the planner needs. */
export interface MessageTemplate {
  id: string;
  title: string;
  channel: string;
  subject?: string | undefined;
  message: string;
  placeholders: { name: string; label: string }[];
  maxLength?: number | undefined;
}

/** A template with the reader's details put in; what could not be filled stays as `[Label]`. */
export interface FilledMessage {
  subject: string | null;
  message: string;
  /** Labels of placeholders the planner could not fill, for the reader to complete. */
  missing: string[];
}

/** Fills `{placeholders}` from `values`; empty or unknown ones become `[Label]`. */
export function fillTemplate(template: MessageTemplate, values: Record<string, string>): FilledMessage {
  const labels = new Map(template.placeholders.map((p) => [p.name, p.label]));
  const missing = new Set<string>();
  const fill = (text: string) =>
    text.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
      const value = values[name]?.trim();
      if (value) return value;
      const label = labels.get(name);
      if (!label) return whole;
      missing.add(label);
      return `[${label}]`;
    });
  return { subject: template.subject ? fill(template.subject) : null, message: fill(template.message.trim()), missing: [...missing] };
}

/** The placeholder values the planner knows for a conversation with a person. */
export function valuesFor(data: PlannerData, person: Person, conversation: Conversation | undefined): Record<string, string> {
  const referrer = person.referredBy ? data.people.find((p) => p.id === person.referredBy) : undefined;
  const where = [conversation?.format ? formatLabels[conversation.format] : '', conversation?.place ?? ''].filter(Boolean).join(', ');
  return {
    theirName: person.name,
    myName: data.profile.myName,
    theirRole: person.role,
    theirOrganisation: person.organisation,
    mutualContact: referrer?.name ?? '',
    howIFoundYou: person.howKnown,
    field: data.profile.fields[0] ?? '',
    // After the conversation, "the day you met" is the day it happened.
    meetingDate:
      conversation?.doneOn || conversation?.scheduledDate ? formatDate((conversation.doneOn ?? conversation.scheduledDate)!) : '',
    meetingTime: conversation?.scheduledTime ?? '',
    meetingPlace: where,
  };
}

/** The message as one text to paste: subject line first when there is one. */
export function messageText(filled: FilledMessage): string {
  return filled.subject ? `Subject: ${filled.subject}\n\n${filled.message}` : filled.message;
}

export interface TalkPromptsProps {
  className?: string;
}

export interface TalkPromptsState {
  className: string | undefined;
  prompts: { key: string; text: string }[];
}

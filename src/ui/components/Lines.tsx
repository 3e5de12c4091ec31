// Prints pre-built lines. Each line is one Ink <Text> that never wraps (the lines already fit).
import { Box, Text } from 'ink';
import type { Line } from '../layout/lines';
import { useUi } from './context';

export function LineText({ line }: { line: Line }) {
  const { theme } = useUi();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => <Text key={i} {...theme.style(s.style)}>{s.text}</Text>)}
    </Text>
  );
}

export function Lines({ lines }: { lines: readonly Line[] }) {
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((line, i) => <LineText key={i} line={line} />)}
    </Box>
  );
}

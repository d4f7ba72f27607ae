/**
 * A whole-screen message with one way forward, in the reader's language: the crash screen
 * and the missing-strings screen (StringsFallback) are this one picture.
 */
export function AlertScreen(props: {
  id: string;
  title: string;
  body: string;
  action: string;
  busy?: boolean;
  onAction: () => void;
}) {
  const { id, title, body, action, busy = false, onAction } = props;
  return (
    <div className="crash-screen" role="alert" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{body}</p>
      <button type="button" className="primary" disabled={busy} onClick={onAction}>
        {action}
      </button>
    </div>
  );
}

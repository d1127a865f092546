import { useCallback, useState } from 'react';
import type { CoprodOpportunityList } from 'coprod-widgets';

/** Where the API is: `?api=` for the tests, else the same origin. */
const apiBase = new URLSearchParams(location.search).get('api') ?? '/api/v1';

const topics = [
  { id: 'carers', name: 'Carers' },
  { id: 'mental-health', name: 'Mental health' },
  { id: 'housing', name: 'Housing' },
];

/** Stands in for the host site's sign-in: the widgets call it before each request. */
function useSignIn(): () => string {
  return useCallback(() => 'example-reader-token', []);
}

export function App() {
  const getToken = useSignIn();
  const [topic, setTopic] = useState('carers');
  const [opened, setOpened] = useState('');
  const [problem, setProblem] = useState('');
  const [list, setList] = useState<CoprodOpportunityList | null>(null);

  return (
    <main>
      <h1>Get involved</h1>
      <p>
        <label>
          Show opportunities about{' '}
          <select value={topic} onChange={(event) => setTopic(event.target.value)}>
            {topics.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </p>
      <coprod-provider apiBase={apiBase} token={getToken} locale="en-GB">
        <coprod-opportunity-list
          ref={setList}
          topic={topic}
          headingLevel={2}
          oncoprod-opportunity-open={(event) => setOpened(event.detail.title)}
          oncoprod-error={(event) => setProblem(event.detail.message)}
        />
      </coprod-provider>
      <p role="status">
        {opened ? `You opened "${opened}".` : ''} {problem}
      </p>
      <p>{list ? `The list element is ${list.localName}.` : ''}</p>
    </main>
  );
}

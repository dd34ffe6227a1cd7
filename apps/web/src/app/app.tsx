export function App() {
  return <main>Stewardship</main>;
}

export default App;

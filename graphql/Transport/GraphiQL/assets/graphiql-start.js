// Starts GraphiQL against the endpoint that served this page (same path, same origin).
(function () {
  var url = window.location.origin + window.location.pathname;
  var fetcher = GraphiQL.createFetcher({ url: url });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();

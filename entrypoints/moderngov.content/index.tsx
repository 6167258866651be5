export default defineContentScript({
  matches: ['*://*.moderngov.co.uk/*'],
  main() {
    console.log('hi');
  },
});

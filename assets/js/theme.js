/* Paperbake: applies the reader's chosen colour scheme before the first paint (loaded blocking,
   kept tiny). Without a stored choice the page follows the system setting through CSS. */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = window.localStorage.getItem('paperbake-theme');
    if (theme === 'dark' || theme === 'light') {
      root.setAttribute('data-theme', theme);
    }
  } catch (e) {
    /* Storage may be off (private mode, file:// policies): the system setting applies. */
  }
}());

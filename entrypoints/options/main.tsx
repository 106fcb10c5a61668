// First: it starts reading storage before the rest of the page's code is evaluated.
import { localArea } from './read-ahead';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createSender } from '../../lib/messages';
import { watchKey } from '../shared/storage-area';
import { downloadText } from './download';
import { releaseReminderPermissions, requestReminderPermissions } from '../background/reminders-permissions';
import type { WatchlistClient } from '../../components/watchlist/client';
import { App } from './App';
import { AboutFooter } from '../../components/watchlist/AboutFooter';
import '../../components/theme.css';
import '../../components/watchlist/watchlist.css';

const client: WatchlistClient = {
  area: localArea,
  watch: (key, cb) => watchKey('local', key, cb),
  send: createSender((m) => browser.runtime.sendMessage(m)),
  download: (name, mime, text) => downloadText(document, name, mime, text),
  reminderPermissions: { request: requestReminderPermissions, release: releaseReminderPermissions },
};

const welcome = new URLSearchParams(location.search).get('welcome') === '1';
render(
  <>
    <App client={client} welcome={welcome} />
    <AboutFooter extensionVersion={browser.runtime.getManifest().version} />
  </>,
  document.getElementById('app')!,
);

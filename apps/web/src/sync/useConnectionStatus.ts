// Follows the provider's `status` events and the browser's online/offline events, and derives the
// one status the badge shows.
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { deriveStatus } from './connectionStatus';
import type { ConnectionStatus, SocketState } from './connectionStatus';

export function useConnectionStatus(provider: WebsocketProvider): ConnectionStatus {
  const [socket, setSocket] = useState<SocketState>(() => socketStateOf(provider));
  const [everConnected, setEverConnected] = useState(() => provider.wsconnected);
  const [browserOnline, setBrowserOnline] = useState(() => navigator.onLine);

  useEffect(() => {
    const onStatus = ({ status }: { status: SocketState }) => {
      setSocket(status);
      if (status === 'connected') setEverConnected(true);
    };
    provider.on('status', onStatus);
    setSocket(socketStateOf(provider));
    return () => provider.off('status', onStatus);
  }, [provider]);

  useEffect(() => {
    const update = () => {
      setBrowserOnline(navigator.onLine);
      // Back online: retry now instead of waiting out the provider's backoff.
      if (navigator.onLine && !provider.wsconnected && !provider.wsconnecting) provider.connect();
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [provider]);

  return deriveStatus({ socket, browserOnline, everConnected });
}

function socketStateOf(provider: WebsocketProvider): SocketState {
  if (provider.wsconnected) return 'connected';
  return provider.wsconnecting ? 'connecting' : 'disconnected';
}

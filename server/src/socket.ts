// The only view of a connection the relay core has. The `ws` adapter implements it for real sockets and
// tests implement it in memory, so the room logic never depends on a transport.

export interface RelaySocket {
  /**
   * Sends a message. `trailer`, if given, is one more message for this peer alone, in the same write: the
   * message's frame may be shared with every other peer (framed once per broadcast), the trailer's never.
   */
  send(message: Uint8Array, trailer?: Uint8Array): void;
  /** Sends several messages in order, as one write where the transport can: the peer reads each on its own. */
  sendAll(messages: readonly Uint8Array[], trailer?: Uint8Array): void;
  /**
   * Calls `listener` once everything sent so far has left the relay's memory for the network (at once when
   * nothing waits): how a reply that may be megabytes is kept to one per socket at a time.
   */
  whenFlushed(listener: () => void): void;
  /** Ends the connection with a code from close-codes.ts; further sends are ignored. */
  close(code: number, reason: string): void;
  onMessage(listener: (message: Uint8Array) => void): void;
  /** Fires once when the connection ends, whoever ended it. */
  onClose(listener: () => void): void;
}

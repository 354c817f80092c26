-- Order identity (issue 9 section 2): an intent is journaled before its order id exists (the TWS client
-- allocates the id just before sending); order_id stays 0 until the id is attached, with the client id that
-- owns it. Gateway events find their order by permId, then by (client_id, order_id).
ALTER TABLE orders ADD COLUMN client_id INTEGER NULL;
CREATE INDEX ix_orders_mode_client_order_id ON orders (mode, client_id, order_id);
CREATE INDEX ix_orders_mode_perm_id ON orders (mode, perm_id);

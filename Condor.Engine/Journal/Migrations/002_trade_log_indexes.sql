-- Schema version 2: indexes for the trade log (filters by mode and date, exit reason) and for
-- looking up a trade's orders, executions and status history.
CREATE INDEX ix_trades_mode_date ON trades (mode, session_date);
CREATE INDEX ix_trades_exit_reason ON trades (exit_reason, session_date);
CREATE INDEX ix_orders_trade ON orders (trade_id, role);
CREATE INDEX ix_executions_trade ON executions (trade_id, leg_id);
CREATE INDEX ix_order_status_history_order ON order_status_history (order_row_id);
CREATE INDEX ix_audit_log_at ON audit_log (at_utc);
CREATE INDEX ix_quote_captures_trade ON quote_captures (trade_id);

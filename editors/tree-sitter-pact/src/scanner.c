/*
 * External scanner for Pact: the layout rule (design §2,
 * src/syntax/layout.rs) that decides which newlines end a clause.
 *
 * A newline is returned as a terminator only when the parser can end a
 * clause here (`valid_symbols[NEWLINE]`); after `,`, `{`, an operator or a
 * word like `within` the grammar needs more, so the newline is plain
 * whitespace. It is not a terminator either when the next line (blank lines
 * and comments skipped) starts with `{`, `->`, `then`, `and` or `or`.
 * Repeated terminators are allowed by the grammar, so one newline is
 * consumed per call.
 */

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>

enum TokenType {
  NEWLINE,
};

void *tree_sitter_pact_external_scanner_create(void) { return NULL; }

void tree_sitter_pact_external_scanner_destroy(void *payload) { (void)payload; }

unsigned tree_sitter_pact_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}

void tree_sitter_pact_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

static bool is_word_char(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static bool is_space(int32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/* Skips whitespace, newlines and comments without making them part of the
 * token. Returns false when a `/` that starts no comment was consumed (the
 * next line starts with the division operator). */
static bool skip_to_next_token(TSLexer *lexer) {
  for (;;) {
    int32_t c = lexer->lookahead;
    if (lexer->eof(lexer)) return true;
    if (is_space(c) || c == '\n') {
      lexer->advance(lexer, false);
    } else if (c == '/') {
      lexer->advance(lexer, false);
      if (lexer->lookahead == '/') {
        while (!lexer->eof(lexer) && lexer->lookahead != '\n') lexer->advance(lexer, false);
      } else if (lexer->lookahead == '*') {
        lexer->advance(lexer, false);
        bool star = false;
        while (!lexer->eof(lexer)) {
          int32_t d = lexer->lookahead;
          lexer->advance(lexer, false);
          if (star && d == '/') break;
          star = d == '*';
        }
      } else {
        return false;
      }
    } else {
      return true;
    }
  }
}

/* Whether the word at the lexer is exactly `then`, `and` or `or`. */
static bool continuation_word(TSLexer *lexer) {
  char word[5];
  unsigned n = 0;
  while (is_word_char(lexer->lookahead)) {
    if (n == sizeof word - 1) return false;
    word[n++] = (char)lexer->lookahead;
    lexer->advance(lexer, false);
  }
  word[n] = '\0';
  return (n == 4 && word[0] == 't' && word[1] == 'h' && word[2] == 'e' && word[3] == 'n') ||
         (n == 3 && word[0] == 'a' && word[1] == 'n' && word[2] == 'd') ||
         (n == 2 && word[0] == 'o' && word[1] == 'r');
}

bool tree_sitter_pact_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;
  if (!valid_symbols[NEWLINE]) return false;

  while (is_space(lexer->lookahead)) lexer->advance(lexer, true);
  if (lexer->lookahead != '\n') return false;
  lexer->advance(lexer, false);
  lexer->mark_end(lexer);
  lexer->result_symbol = NEWLINE;

  /* Look at the first token of the next line. */
  if (!skip_to_next_token(lexer)) return true;
  if (lexer->eof(lexer)) return true;
  switch (lexer->lookahead) {
    case '{':
      return false;
    case '-':
      lexer->advance(lexer, false);
      return lexer->lookahead != '>';
    case 't':
    case 'a':
    case 'o':
      return !continuation_word(lexer);
    default:
      return true;
  }
}

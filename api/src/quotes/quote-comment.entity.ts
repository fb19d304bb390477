import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One message in a quote's comment thread. */
@Entity({ name: 'quote_comments' })
export class QuoteCommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'quote_id', type: 'varchar', length: 36 })
  quoteId!: string;

  @Column({ name: 'author_id', type: 'varchar', length: 36 })
  authorId!: string;

  /** The author's name when writing. */
  @Column({ name: 'author_name', type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}

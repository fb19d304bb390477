import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { QuoteCommentEntity } from '../quote-comment.entity.js';

@ObjectType('QuoteComment', {
  description: "A message in a quote's thread, between the agency and the centre.",
})
export class QuoteCommentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The author's name when the comment was written." })
  authorName!: string;

  @Field()
  text!: string;

  @Field(() => Date, { description: 'When the comment was written (UTC timestamp).' })
  createdAt!: Date;

  static from(entity: QuoteCommentEntity): QuoteCommentModel {
    return Object.assign(new QuoteCommentModel(), {
      id: entity.id,
      authorName: entity.authorName,
      text: entity.text,
      createdAt: entity.createdAt,
    });
  }
}
